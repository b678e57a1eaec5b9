import type { Frame } from './frame.ts';
import type { GrayImage } from '../raster/grayImage.ts';

/**
 * Resamples the page into the deskewed frame with bilinear interpolation; outside the page is
 * white. Rotating grey levels (rather than a binarised mask) keeps thin rules continuous, where
 * nearest-neighbour resampling of a mask breaks them into short zigzag pieces.
 */
export function rotateGray(image: GrayImage, frame: Frame): GrayImage {
  if (frame.degrees === 0) return image;
  const { width: w, height: h, data } = image;
  const out = new Uint8Array(frame.width * frame.height).fill(255);
  const origin = frame.toOriginal({ x: 0, y: 0 });
  const stepX = frame.toOriginal({ x: 1, y: 0 });
  const stepY = frame.toOriginal({ x: 0, y: 1 });
  const ux = stepX.x - origin.x;
  const uy = stepX.y - origin.y;
  const vx = stepY.x - origin.x;
  const vy = stepY.y - origin.y;
  for (let v = 0; v < frame.height; v++) {
    let x = origin.x + v * vx;
    let y = origin.y + v * vy;
    const row = v * frame.width;
    for (let u = 0; u < frame.width; u++, x += ux, y += uy) {
      if (x < 0 || y < 0 || x > w - 1 || y > h - 1) continue;
      const x0 = x | 0;
      const y0 = y | 0;
      const x1 = x0 + 1 < w ? x0 + 1 : x0;
      const y1 = y0 + 1 < h ? y0 + 1 : y0;
      const fx = x - x0;
      const fy = y - y0;
      const top = data[y0 * w + x0] + (data[y0 * w + x1] - data[y0 * w + x0]) * fx;
      const bottom = data[y1 * w + x0] + (data[y1 * w + x1] - data[y1 * w + x0]) * fx;
      out[row + u] = top + (bottom - top) * fy + 0.5;
    }
  }
  return { data: out, width: frame.width, height: frame.height };
}
