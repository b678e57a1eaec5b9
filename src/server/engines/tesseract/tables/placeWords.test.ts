import { describe, expect, it } from 'vitest';
import { makeFrame } from './frame.ts';
import { medianHeight, placeWords } from './placeWords.ts';
import type { OcrWord } from './types.ts';

const word = (x: number, y: number, w: number, h: number): OcrWord => ({
  text: 'w',
  confidence: 1,
  poly: [
    { x, y },
    { x: x + w, y },
    { x: x + w, y: y + h },
    { x, y: y + h },
  ],
});

describe('placeWords', () => {
  it('gives each word its box and centre in the working frame, skipping words without a box', () => {
    const placed = placeWords(
      [word(10, 20, 40, 10), { text: 'x', confidence: 1, poly: [] }],
      makeFrame(100, 100, 0),
    );
    expect(placed).toHaveLength(1);
    expect(placed[0]).toMatchObject({ box: { x0: 10, y0: 20, x1: 50, y1: 30 }, cx: 30, cy: 25 });
  });

  it('straightens a word box of a skewed page', () => {
    const frame = makeFrame(1000, 1000, 3);
    const s = Math.sin((3 * Math.PI) / 180);
    const c = Math.cos((3 * Math.PI) / 180);
    // A 100x20 box turned by 3 degrees about its top-left corner.
    const poly = [
      { x: 0, y: 0 },
      { x: 100 * c, y: 100 * s },
      { x: 100 * c - 20 * s, y: 100 * s + 20 * c },
      { x: -20 * s, y: 20 * c },
    ].map((p) => ({ x: p.x + 400, y: p.y + 400 }));
    const [placed] = placeWords([{ text: 't', confidence: 1, poly }], frame);
    expect(placed.box.x1 - placed.box.x0).toBeCloseTo(100, 6);
    expect(placed.box.y1 - placed.box.y0).toBeCloseTo(20, 6);
  });
});

describe('medianHeight', () => {
  it('is the median word height, 0 without words', () => {
    const frame = makeFrame(100, 100, 0);
    expect(medianHeight(placeWords([word(0, 0, 5, 10), word(0, 0, 5, 30), word(0, 0, 5, 12)], frame))).toBe(
      12,
    );
    expect(medianHeight([])).toBe(0);
  });
});
