import type { GrayImage } from '../raster/grayImage.ts';
import { otsuThreshold } from './otsuThreshold.ts';

export interface TextHeightEstimate {
  /** Median height in pixels of the glyph-like connected components, or undefined when none was found. */
  medianHeight: number | undefined;
  /** How many components were kept as glyph-like. */
  glyphs: number;
  /** Whether ink was taken to be light on a dark background (the minority class is the ink). */
  lightInk: boolean;
}

/**
 * Estimates the size of the text from connected components of the Otsu-binarised image.
 * The ink is the minority class, so white-on-dark labels work too. Components that cannot be
 * glyphs are dropped: specks (< 3 px tall), rules and frames (very wide or very tall for their
 * height), and anything taller than a fifth of the image.
 */
export function estimateTextHeight(img: GrayImage): TextHeightEstimate {
  const { data, width, height } = img;
  const t = otsuThreshold(data);
  let darkCount = 0;
  for (let i = 0; i < data.length; i++) if (data[i] <= t) darkCount++;
  const lightInk = darkCount > data.length / 2;
  const ink = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) ink[i] = data[i] <= t !== lightInk ? 1 : 0;

  const heights: number[] = [];
  const stack = new Int32Array(data.length);
  for (let start = 0; start < ink.length; start++) {
    if (ink[start] !== 1) continue;
    ink[start] = 2;
    let top = height;
    let bottom = -1;
    let left = width;
    let right = -1;
    let pixels = 0;
    let sp = 0;
    stack[sp++] = start;
    while (sp > 0) {
      const p = stack[--sp];
      const x = p % width;
      const y = (p - x) / width;
      pixels++;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
      if (x < left) left = x;
      if (x > right) right = x;
      // 8-connectivity keeps thin diagonal strokes of one glyph together.
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width) continue;
          const q = ny * width + nx;
          if (ink[q] === 1) {
            ink[q] = 2;
            stack[sp++] = q;
          }
        }
      }
    }
    const h = bottom - top + 1;
    const w = right - left + 1;
    if (h < 3 || h > height / 5 || w > 4 * h || h > 4 * w || pixels < 6) continue;
    heights.push(h);
  }
  if (heights.length === 0) return { medianHeight: undefined, glyphs: 0, lightInk };
  heights.sort((a, b) => a - b);
  return { medianHeight: heights[heights.length >> 1], glyphs: heights.length, lightInk };
}
