import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../../raster/grayImage.ts';
import { toOriginal, warpLine } from './warpLine.ts';
import type { Quad } from './geometry.ts';

function page(
  width: number,
  height: number,
  background: number,
  ink: number,
  box: [number, number, number, number],
): GrayImage {
  const data = new Uint8Array(width * height).fill(background);
  const [x0, y0, x1, y1] = box;
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data[y * width + x] = ink;
  return { data, width, height };
}

const quad: Quad = [
  [10, 10],
  [110, 10],
  [110, 30],
  [10, 30],
];

describe('warpLine', () => {
  it('scales the box to the requested height, keeping its aspect ratio, and pads it with white', () => {
    const line = warpLine(page(200, 100, 230, 20, [40, 15, 80, 25]), quad, 40, 5);
    expect(line.image.height).toBe(50);
    expect(line.image.width).toBe(210);
    expect(line.image.data[0]).toBe(255);
    expect(line.inverted).toBe(false);
  });

  it('stretches contrast so the ink is black and the paper white', () => {
    const line = warpLine(page(200, 100, 180, 90, [40, 15, 80, 25]), quad, 40, 0);
    const { data, width } = line.image;
    // Crop (100, 20) maps to page (60, 20): inside the ink block.
    expect(data[20 * width + 100]).toBe(0);
    expect(data[2 * width + 10]).toBe(255);
  });

  it('inverts light ink on a dark background', () => {
    const line = warpLine(page(200, 100, 30, 220, [40, 15, 80, 25]), quad, 40, 0);
    expect(line.inverted).toBe(true);
    const { data, width } = line.image;
    expect(data[20 * width + 100]).toBe(0);
    expect(data[2 * width + 10]).toBe(255);
  });

  it('maps crop pixels back to the page, padding included', () => {
    const line = warpLine(page(200, 100, 255, 0, [0, 0, 1, 1]), quad, 40, 5);
    expect(toOriginal(line.transform, 5, 5)).toEqual([10, 10]);
    const [x, y] = toOriginal(line.transform, 5 + 200, 5 + 40);
    expect(x).toBeCloseTo(110);
    expect(y).toBeCloseTo(30);
  });

  it('straightens a tilted line: the far corner of the crop maps to the far corner of the quad', () => {
    const tilted: Quad = [
      [10, 20],
      [110, 25],
      [109, 45],
      [9, 40],
    ];
    const line = warpLine(page(200, 100, 255, 0, [0, 0, 1, 1]), tilted, 20, 0);
    const [x, y] = toOriginal(line.transform, line.image.width, line.image.height);
    expect(x).toBeCloseTo(109);
    expect(y).toBeCloseTo(45);
  });
});
