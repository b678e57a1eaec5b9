import { describe, expect, it } from 'vitest';
import { readingRows } from './readingRows.ts';
import type { Quad } from './geometry.ts';

const box = (x0: number, y0: number, x1: number, y1: number): Quad => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];

describe('readingRows', () => {
  it('puts boxes of one line in one row, left to right, and rows top to bottom', () => {
    const quads = [box(300, 52, 360, 70), box(10, 10, 200, 30), box(10, 50, 150, 70), box(200, 48, 260, 68)];
    expect(readingRows(quads)).toEqual([[1], [2, 3, 0]]);
  });

  it('keeps lines apart when they only touch', () => {
    expect(readingRows([box(0, 0, 100, 20), box(0, 18, 100, 38)])).toEqual([[0], [1]]);
  });

  it('returns no rows for no boxes', () => {
    expect(readingRows([])).toEqual([]);
  });
});
