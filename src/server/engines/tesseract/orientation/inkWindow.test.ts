import { describe, expect, it } from 'vitest';
import type { GrayImage } from '../raster/grayImage.ts';
import { centralWindow, inkBounds, lineGaps, medianInnerBlankRun } from './inkWindow.ts';

/** A white image with black rectangles [x0, y0, x1, y1). */
function page(width: number, height: number, rects: [number, number, number, number][]): GrayImage {
  const data = new Uint8Array(width * height).fill(255);
  for (const [x0, y0, x1, y1] of rects)
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data[y * width + x] = 0;
  return { data, width, height };
}

/** Rows of glyph-like squares: 20-px glyphs, 2 px apart, lines 30 px apart (a 10-px line gap). */
function horizontalText(): [number, number, number, number][] {
  const rects: [number, number, number, number][] = [];
  for (let line = 0; line < 5; line++)
    for (let ch = 0; ch < 10; ch++) rects.push([20 + ch * 22, 20 + line * 30, 40 + ch * 22, 40 + line * 30]);
  return rects;
}

describe('ink window', () => {
  it('bounds the ink and ignores a lone speck', () => {
    const rects = horizontalText();
    expect(inkBounds(page(300, 200, rects))).toEqual({ x0: 20, y0: 20, x1: 238, y1: 160 });
    const withSpeck = page(300, 200, [...rects, [295, 195, 296, 196]]);
    expect(inkBounds(withSpeck)).toEqual({ x0: 20, y0: 20, x1: 238, y1: 160 });
  });

  it('a blank page has no ink', () => {
    expect(inkBounds(page(50, 50, []))).toBeUndefined();
  });

  it('the central window is at most `side` each way, centred on the ink', () => {
    expect(centralWindow({ x0: 0, y0: 0, x1: 1000, y1: 200 }, 400)).toEqual({
      x0: 300,
      y0: 0,
      x1: 700,
      y1: 200,
    });
  });
});

describe('line gaps', () => {
  it('median of the blank runs between inked entries', () => {
    expect(medianInnerBlankRun([0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0])).toBe(3);
    expect(medianInnerBlankRun([0, 1, 1, 0])).toBe(0);
  });

  it('horizontal lines leave longer blank rows than columns; turned a quarter, the reverse', () => {
    const h = lineGaps(page(300, 200, horizontalText()));
    expect(h).toEqual({ rows: 10, cols: 2 });
    const turned = horizontalText().map(
      ([x0, y0, x1, y1]) => [y0, x0, y1, x1] as [number, number, number, number],
    );
    expect(lineGaps(page(200, 300, turned))).toEqual({ rows: 2, cols: 10 });
  });
});
