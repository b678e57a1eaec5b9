import { binarize } from './binarize.ts';
import type { GrayImage } from '../raster/grayImage.ts';

const TARGET_SIDE = 1000;

/**
 * Estimates page skew in degrees (clockwise positive in y-down image coordinates) by shearing
 * ink onto rows at candidate angles and keeping the angle whose row profile is the most peaked
 * (largest sum of squares). Rules and text lines both line up at the true angle.
 * Works on a shrunken copy about 1000 px on its long side, and only on the lower edges of ink,
 * which sharpens the profile and cuts the work.
 */
export function estimateSkew(image: GrayImage, maxDegrees = 5): number {
  const { xs, ys, width, height } = lowerInkEdges(image);
  if (xs.length === 0) return 0;
  const offset = Math.ceil(width * Math.tan((maxDegrees + 0.5) * (Math.PI / 180))) + 1;
  const hist = new Float64Array(height + 2 * offset + 2);
  const score = (degrees: number): number => {
    hist.fill(0);
    const t = Math.tan(degrees * (Math.PI / 180));
    for (let i = 0; i < xs.length; i++) hist[Math.round(ys[i] - xs[i] * t) + offset]++;
    let s = 0;
    for (let i = 0; i < hist.length; i++) s += hist[i] * hist[i];
    return s;
  };
  const search = (from: number, to: number, step: number, start: number): number => {
    let best = start;
    let bestScore = score(start);
    const n = Math.round((to - from) / step);
    for (let i = 0; i <= n; i++) {
      const a = from + i * step;
      const s = score(a);
      if (s > bestScore) [best, bestScore] = [a, s];
    }
    return best;
  };
  // Start from 0 so that flat profiles (blank pages) keep the page as it is.
  const coarse = search(-maxDegrees, maxDegrees, 0.25, 0);
  const fine = search(coarse - 0.25, coarse + 0.25, 0.025, coarse);
  return Math.round(fine * 1000) / 1000;
}

/** Mean-pools the page to about TARGET_SIDE, binarises it, and lists ink cells with background right below. */
function lowerInkEdges(image: GrayImage): { xs: Int32Array; ys: Int32Array; width: number; height: number } {
  const small = binarize(
    shrink(image, Math.max(1, Math.ceil(Math.max(image.width, image.height) / TARGET_SIDE))),
  );
  const { width: sw, height: sh, data } = small;
  let n = 0;
  for (let i = 0; i < sw * (sh - 1); i++) if (data[i] && !data[i + sw]) n++;
  const xs = new Int32Array(n);
  const ys = new Int32Array(n);
  let k = 0;
  for (let y = 0; y < sh - 1; y++)
    for (let x = 0; x < sw; x++)
      if (data[y * sw + x] && !data[(y + 1) * sw + x]) {
        xs[k] = x;
        ys[k++] = y;
      }
  return { xs, ys, width: sw, height: sh };
}

/** Block-mean downscale by an integer factor (edge blocks are partial). */
export function shrink(image: GrayImage, f: number): GrayImage {
  if (f === 1) return image;
  const { width: w, height: h, data } = image;
  const sw = Math.ceil(w / f);
  const sh = Math.ceil(h / f);
  const sums = new Float64Array(sw * sh);
  const counts = new Float64Array(sw * sh);
  for (let y = 0; y < h; y++) {
    const row = ((y / f) | 0) * sw;
    const base = y * w;
    for (let bx = 0, x = 0; bx < sw; bx++) {
      let s = 0;
      const end = Math.min(w, x + f);
      counts[row + bx] += end - x;
      for (; x < end; x++) s += data[base + x];
      sums[row + bx] += s;
    }
  }
  const out = new Uint8Array(sw * sh);
  for (let i = 0; i < out.length; i++) out[i] = Math.round(sums[i] / counts[i]);
  return { data: out, width: sw, height: sh };
}
