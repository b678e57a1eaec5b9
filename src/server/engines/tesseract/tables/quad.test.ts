import { describe, expect, it } from 'vitest';
import { makeFrame } from './frame.ts';
import { boxToPoly, meanConfidence } from './quad.ts';

describe('boxToPoly', () => {
  it('gives TL, TR, BR, BL in whole pixels', () => {
    expect(boxToPoly({ x0: 10.4, y0: 20.6, x1: 50, y1: 60 }, makeFrame(100, 100, 0)).vertices).toEqual([
      { x: 10, y: 21 },
      { x: 50, y: 21 },
      { x: 50, y: 60 },
      { x: 10, y: 60 },
    ]);
  });

  it('turns a deskewed box into a quad rotated with the page', () => {
    const frame = makeFrame(1000, 1000, 3);
    const a = frame.toDeskewed({ x: 100, y: 100 });
    const [tl, tr] = boxToPoly({ x0: a.x, y0: a.y, x1: a.x + 500, y1: a.y + 100 }, frame).vertices;
    expect(tl).toEqual({ x: 100, y: 100 });
    expect(tr.y - tl.y).toBe(Math.round(500 * Math.sin((3 * Math.PI) / 180)));
  });
});

describe('meanConfidence', () => {
  it('averages to 4 decimals, and is 1 for nothing', () => {
    expect(meanConfidence([0.9, 0.8, 0.8])).toBe(0.8333);
    expect(meanConfidence([])).toBe(1);
  });
});
