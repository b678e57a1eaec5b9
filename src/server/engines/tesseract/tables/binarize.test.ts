import { describe, expect, it } from 'vitest';
import { binarize } from './binarize.ts';
import type { GrayImage } from '../raster/grayImage.ts';

function page(width: number, height: number, shade: (x: number, y: number) => number): GrayImage {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = shade(x, y);
  return { data, width, height };
}

describe('binarize', () => {
  it('keeps a light-grey rule and leaves white paper empty', () => {
    const mask = binarize(page(400, 300, (_, y) => (y === 150 ? 204 : 255)));
    expect(mask.data[150 * 400 + 200]).toBe(1);
    expect(mask.data[100 * 400 + 200]).toBe(0);
    expect(mask.data.reduce((a, b) => a + b, 0)).toBe(400);
  });

  it('follows uneven lighting: a dim background is not ink, a darker stroke on it is', () => {
    // Light falls off from 250 on the left to 130 on the right; a stroke 30% darker sits at x=350.
    const mask = binarize(
      page(400, 300, (x, y) => {
        const light = 250 - (120 * x) / 400;
        return Math.round(x === 350 && y > 50 && y < 250 ? light * 0.7 : light);
      }),
    );
    expect(mask.data[150 * 400 + 350]).toBe(1);
    expect(mask.data[150 * 400 + 380]).toBe(0);
    expect(mask.data[150 * 400 + 20]).toBe(0);
  });

  it('hollows out a large flat dark area, so it cannot pass for a rule', () => {
    const mask = binarize(page(800, 800, (x, y) => (x >= 100 && x < 700 && y >= 100 && y < 700 ? 0 : 255)));
    expect(mask.data[102 * 800 + 400]).toBe(1);
    expect(mask.data[400 * 800 + 400]).toBe(0);
  });
});
