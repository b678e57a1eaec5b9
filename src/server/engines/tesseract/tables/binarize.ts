import type { BinaryMask } from './types.ts';
import type { GrayImage } from '../raster/grayImage.ts';

const BLOCK = 8;

/**
 * Adaptive (Bradley) binarisation: a pixel is ink when it is darker than its neighbourhood mean
 * by `ratio`. Unlike one global threshold it keeps light-grey rules and survives the uneven
 * lighting of photos, and large flat dark areas come out hollow (only their edges are ink).
 * The neighbourhood (about 1/16 of the long side) is averaged on 8x8 blocks: the window is so
 * much larger than a block that the blockiness does not matter, and a page costs one pass.
 */
export function binarize(image: GrayImage, ratio = 0.15): BinaryMask {
  const { width: w, height: h, data } = image;
  const sw = Math.ceil(w / BLOCK);
  const sh = Math.ceil(h / BLOCK);
  const sums = new Float64Array(sw * sh);
  for (let y = 0; y < h; y++) {
    const row = ((y / BLOCK) | 0) * sw;
    const base = y * w;
    for (let bx = 0, x = 0; bx < sw; bx++) {
      let s = 0;
      for (const end = Math.min(w, x + BLOCK); x < end; x++) s += data[base + x];
      sums[row + bx] += s;
    }
  }
  // Integral images of block sums and pixel counts (edge blocks are partial).
  const stride = sw + 1;
  const integral = new Float64Array(stride * (sh + 1));
  const counts = new Float64Array(stride * (sh + 1));
  for (let by = 0; by < sh; by++) {
    let rowSum = 0;
    let rowCount = 0;
    const bh = Math.min(BLOCK, h - by * BLOCK);
    for (let bx = 0; bx < sw; bx++) {
      rowSum += sums[by * sw + bx];
      rowCount += bh * Math.min(BLOCK, w - bx * BLOCK);
      integral[(by + 1) * stride + bx + 1] = integral[by * stride + bx + 1] + rowSum;
      counts[(by + 1) * stride + bx + 1] = counts[by * stride + bx + 1] + rowCount;
    }
  }
  const half = Math.max(1, Math.round(Math.max(w, h) / 32 / BLOCK));
  const threshold = new Float64Array(sw * sh);
  for (let by = 0; by < sh; by++) {
    const y0 = Math.max(0, by - half) * stride;
    const y1 = Math.min(sh, by + half + 1) * stride;
    for (let bx = 0; bx < sw; bx++) {
      const x0 = Math.max(0, bx - half);
      const x1 = Math.min(sw, bx + half + 1);
      const sum = integral[y1 + x1] - integral[y1 + x0] - integral[y0 + x1] + integral[y0 + x0];
      const count = counts[y1 + x1] - counts[y1 + x0] - counts[y0 + x1] + counts[y0 + x0];
      threshold[by * sw + bx] = (sum / count) * (1 - ratio);
    }
  }
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    const row = ((y / BLOCK) | 0) * sw;
    const base = y * w;
    for (let bx = 0, x = 0; bx < sw; bx++) {
      const t = threshold[row + bx];
      for (const end = Math.min(w, x + BLOCK); x < end; x++) if (data[base + x] < t) out[base + x] = 1;
    }
  }
  return { data: out, width: w, height: h };
}
