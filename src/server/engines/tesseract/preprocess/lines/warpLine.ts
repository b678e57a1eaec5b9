import type { GrayImage } from '../../raster/grayImage.ts';
import type { Point, Quad } from './geometry.ts';

/**
 * Where a line crop sits in the original image: crop pixel (u, v) comes from
 * origin + u·xStep + v·yStep (an affine map, so words keep their tilt when mapped back).
 */
export interface LineTransform {
  origin: Point;
  xStep: Point;
  yStep: Point;
}

export interface WarpedLine {
  image: GrayImage;
  transform: LineTransform;
  /** Whether the crop was inverted because its ink was light on a dark background. */
  inverted: boolean;
}

/** Maps a point of the crop back to original image pixels. */
export function toOriginal(t: LineTransform, u: number, v: number): Point {
  return [t.origin[0] + u * t.xStep[0] + v * t.yStep[0], t.origin[1] + u * t.xStep[1] + v * t.yStep[1]];
}

function sampleBilinear(img: GrayImage, x: number, y: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  const at = (xx: number, yy: number) =>
    img.data[
      Math.min(img.height - 1, Math.max(0, yy)) * img.width + Math.min(img.width - 1, Math.max(0, xx))
    ];
  return (
    at(x0, y0) * (1 - fx) * (1 - fy) +
    at(x0 + 1, y0) * fx * (1 - fy) +
    at(x0, y0 + 1) * (1 - fx) * fy +
    at(x0 + 1, y0 + 1) * fx * fy
  );
}

/**
 * Cuts one text line out of the page, straightened and scaled so the box is `boxHeight` pixels
 * tall (tesseract's LSTM reads best at a steady line height), with `pad` white pixels around.
 * Contrast is stretched between the 2nd and 98th percentiles, and light-on-dark lines are
 * inverted, since tesseract expects dark ink on a light background.
 */
export function warpLine(page: GrayImage, quad: Quad, boxHeight: number, pad: number): WarpedLine {
  const [tl, tr, , bl] = quad;
  const boxWidthPx = Math.hypot(tr[0] - tl[0], tr[1] - tl[1]);
  const boxHeightPx = Math.hypot(bl[0] - tl[0], bl[1] - tl[1]);
  const w = Math.max(1, Math.round((boxWidthPx * boxHeight) / Math.max(boxHeightPx, 1e-6)));
  const h = boxHeight;
  const xStep: Point = [(tr[0] - tl[0]) / w, (tr[1] - tl[1]) / w];
  const yStep: Point = [(bl[0] - tl[0]) / h, (bl[1] - tl[1]) / h];

  const samples = new Uint8Array(w * h);
  for (let v = 0; v < h; v++) {
    for (let u = 0; u < w; u++) {
      // Sample at pixel centres; the -0.5 converts to the page's pixel-centre grid.
      const x = tl[0] + (u + 0.5) * xStep[0] + (v + 0.5) * yStep[0] - 0.5;
      const y = tl[1] + (u + 0.5) * xStep[1] + (v + 0.5) * yStep[1] - 0.5;
      samples[v * w + u] = Math.round(sampleBilinear(page, x, y));
    }
  }

  const sorted = Uint8Array.from(samples).sort();
  const lo = sorted[Math.floor(sorted.length * 0.02)];
  const hi = sorted[Math.floor(sorted.length * 0.98)];
  // The box's top and bottom rows are margin around the text, so they show the background.
  let border = 0;
  for (let u = 0; u < w; u++) border += samples[u] + samples[(h - 1) * w + u];
  const inverted = border / (2 * w) < (lo + hi) / 2;

  const W = w + 2 * pad;
  const H = h + 2 * pad;
  const data = new Uint8Array(W * H).fill(255);
  for (let v = 0; v < h; v++) {
    for (let u = 0; u < w; u++) {
      let value = hi > lo ? ((samples[v * w + u] - lo) * 255) / (hi - lo) : 255;
      value = Math.max(0, Math.min(255, value));
      data[(v + pad) * W + u + pad] = Math.round(inverted ? 255 - value : value);
    }
  }
  const origin = toOriginal({ origin: tl, xStep, yStep }, -pad, -pad);
  return { image: { data, width: W, height: H }, transform: { origin, xStep, yStep }, inverted };
}
