import { describe, expect, it } from 'vitest';
import { estimateSkew } from './skew.ts';
import type { GrayImage } from '../raster/grayImage.ts';

/** Parallel dark lines of the given slope (degrees, clockwise in y-down coordinates). */
function lines(width: number, height: number, degrees: number): GrayImage {
  const data = new Uint8Array(width * height).fill(255);
  const t = Math.tan((degrees * Math.PI) / 180);
  for (let base = 100; base < height - 100; base += 60)
    for (let x = 50; x < width - 50; x++) {
      const y = Math.round(base + (x - width / 2) * t);
      if (y >= 0 && y + 1 < height) data[y * width + x] = data[(y + 1) * width + x] = 0;
    }
  return { data, width, height };
}

describe('estimateSkew', () => {
  it.each([-4, -1.5, 0, 0.8, 3])('finds a %s degree slope within 0.1 degree', (degrees) => {
    expect(Math.abs(estimateSkew(lines(1600, 1200, degrees)) - degrees)).toBeLessThan(0.1);
  });

  it('says 0 for a blank page', () => {
    expect(estimateSkew({ data: new Uint8Array(200 * 100).fill(255), width: 200, height: 100 })).toBe(0);
  });
});
