import { describe, expect, it } from 'vitest';
import { boxInCrop, cropRegion, drawSize } from './crop.ts';

const box = (x: number, y: number, w: number, h: number) => ({ minX: x, minY: y, maxX: x + w, maxY: y + h });

describe('cropRegion', () => {
  it('maps the box onto the raster and pads it by half its height', () => {
    expect(cropRegion({ box: box(100, 50, 80, 20), ratio: 1, raster: { width: 1000, height: 800 } })).toEqual(
      {
        x: 90,
        y: 40,
        width: 100,
        height: 40,
      },
    );
    // A PDF page rasterised at half the response's resolution.
    expect(
      cropRegion({ box: box(100, 50, 80, 20), ratio: 0.5, raster: { width: 500, height: 400 } }),
    ).toEqual({
      x: 45,
      y: 20,
      width: 50,
      height: 20,
    });
  });

  it('clamps to the page, and gives null for a box that is not one or outside it', () => {
    expect(cropRegion({ box: box(0, 0, 30, 10), ratio: 1, raster: { width: 25, height: 100 } })).toEqual({
      x: 0,
      y: 0,
      width: 25,
      height: 15,
    });
    expect(
      cropRegion({
        box: { minX: 5, minY: 5, maxX: 1, maxY: 1 },
        ratio: 1,
        raster: { width: 10, height: 10 },
      }),
    ).toBeNull();
    expect(cropRegion({ box: box(50, 50, 5, 5), ratio: 1, raster: { width: 10, height: 10 } })).toBeNull();
  });
});

describe('context beside the word', () => {
  it('widens the crop left and right by the word heights asked, and finds the word in the drawn crop', () => {
    const input = { box: box(100, 50, 80, 20), ratio: 1, raster: { width: 1000, height: 800 }, sides: 1.5 };
    const region = cropRegion(input)!;
    // 1.5 × 20 = 30 each side; ½ × 20 = 10 above and below.
    expect(region).toEqual({ x: 70, y: 40, width: 140, height: 40 });
    // Drawn at twice the size: the word sits 60 px in, 20 px down, 160 × 40.
    expect(boxInCrop(input, region, { width: 280, height: 80 })).toEqual({
      x: 60,
      y: 20,
      width: 160,
      height: 40,
    });
  });
});

describe('drawSize', () => {
  it('scales to a readable height, capped by the width and a 4× zoom', () => {
    expect(drawSize({ x: 0, y: 0, width: 100, height: 36 })).toEqual({ width: 200, height: 72 });
    expect(drawSize({ x: 0, y: 0, width: 1000, height: 36 })).toEqual({ width: 640, height: 23 });
    expect(drawSize({ x: 0, y: 0, width: 10, height: 4 })).toEqual({ width: 40, height: 16 });
  });
});
