import { describe, expect, it } from 'vitest';
import { estimateTextHeight } from './textHeight.ts';
import type { GrayImage } from '../raster/grayImage.ts';

/** Draws filled blocks (stand-ins for glyphs) of the given heights on a page. */
function page(
  ink: number,
  paper: number,
  glyphs: { x: number; y: number; w: number; h: number }[],
): GrayImage {
  const width = 400;
  const height = 300;
  const data = new Uint8Array(width * height).fill(paper);
  for (const g of glyphs)
    for (let y = g.y; y < g.y + g.h; y++) for (let x = g.x; x < g.x + g.w; x++) data[y * width + x] = ink;
  return { data, width, height };
}

const row = (y: number, h: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({ x: 10 + i * 30, y, w: 12, h }));

describe('estimateTextHeight', () => {
  it('reports the median glyph height', () => {
    const est = estimateTextHeight(page(0, 255, [...row(20, 14, 10), ...row(60, 16, 5), ...row(100, 10, 4)]));
    expect(est.medianHeight).toBe(14);
    expect(est.glyphs).toBe(19);
    expect(est.lightInk).toBe(false);
  });

  it('ignores rules, specks and frames', () => {
    const est = estimateTextHeight(
      page(0, 255, [
        ...row(20, 12, 5),
        { x: 0, y: 200, w: 400, h: 2 },
        { x: 300, y: 250, w: 2, h: 2 },
        { x: 380, y: 0, w: 3, h: 300 },
      ]),
    );
    expect(est.medianHeight).toBe(12);
    expect(est.glyphs).toBe(5);
  });

  it('reads light ink on a dark background', () => {
    const est = estimateTextHeight(page(240, 20, row(50, 18, 8)));
    expect(est.lightInk).toBe(true);
    expect(est.medianHeight).toBe(18);
  });

  it('says when there is no text', () => {
    expect(estimateTextHeight(page(0, 255, [])).medianHeight).toBeUndefined();
  });
});
