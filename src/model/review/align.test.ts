import { describe, expect, it } from 'vitest';
import { iou, matchByOverlap, pageScale, scaleBounds } from './align.ts';
import type { PageModel } from '../types.ts';
import type { Bounds } from '../types.ts';
import { seeded } from '../words.testutil.ts';

const box = (x: number, y: number, w = 10, h = 10): Bounds => ({
  minX: x,
  minY: y,
  maxX: x + w,
  maxY: y + h,
});

describe('iou', () => {
  it('is 1 for equal boxes, 0 for disjoint or touching ones, and the ratio in between', () => {
    expect(iou(box(0, 0), box(0, 0))).toBe(1);
    expect(iou(box(0, 0), box(10, 0))).toBe(0);
    expect(iou(box(0, 0), box(50, 50))).toBe(0);
    // Half overlap: 50 / (100 + 100 − 50).
    expect(iou(box(0, 0), box(5, 0))).toBeCloseTo(1 / 3, 12);
    expect(iou(box(0, 0, 0, 10), box(0, 0, 0, 10))).toBe(0);
  });
});

describe('matchByOverlap', () => {
  it('pairs each box with its best overlap, one to one, and reports the rest', () => {
    const a = [box(0, 0), box(100, 0), box(200, 0)];
    const b = [box(101, 1), box(1, 0), box(400, 0)];
    const m = matchByOverlap(a, b, 0.3);
    expect(m.pairs.map((p) => [p.i, p.j])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(m.onlyA).toEqual([2]);
    expect(m.onlyB).toEqual([2]);
  });

  it('a box overlapping two takes the better; the other stays unpaired', () => {
    const m = matchByOverlap([box(0, 0, 20, 10)], [box(0, 0), box(12, 0)], 0.2);
    expect(m.pairs.map((p) => p.j)).toEqual([0]);
    expect(m.onlyB).toEqual([1]);
  });

  it('ignores overlaps under the threshold', () => {
    expect(matchByOverlap([box(0, 0)], [box(5, 0)], 0.4).pairs).toEqual([]);
    expect(matchByOverlap([box(0, 0)], [box(5, 0)], 0.3).pairs).toHaveLength(1);
  });

  it('lets the tiebreak decide between near-equal overlaps', () => {
    const a = [box(0, 0, 20, 10)];
    const b = [box(0, 0, 19, 10), box(1, 0, 19, 10)];
    expect(matchByOverlap(a, b, 0.3).pairs[0].j).toBe(0);
    expect(matchByOverlap(a, b, 0.3, (_, j) => j).pairs[0].j).toBe(1);
  });

  it('recovers a shuffled, jittered copy of a dense grid exactly', () => {
    const rnd = seeded(11);
    const a: Bounds[] = [];
    for (let r = 0; r < 40; r++) for (let c = 0; c < 30; c++) a.push(box(c * 30, r * 14, 26, 12));
    const order = a.map((_, k) => k).sort(() => rnd() - 0.5);
    const b = order.map((k) => box(a[k].minX + rnd() * 3 - 1.5, a[k].minY + rnd() * 2 - 1, 26, 12));
    const m = matchByOverlap(a, b, 0.3);
    expect(m.pairs).toHaveLength(a.length);
    for (const p of m.pairs) expect(order[p.j]).toBe(p.i);
  });

  it('pageScale maps between known page sizes only', () => {
    const page = (width: number, height: number, sizeSource: PageModel['sizeSource']) =>
      ({ width, height, sizeSource }) as PageModel;
    expect(pageScale(page(1000, 800, 'convertedImageInfo'), page(2000, 1600, 'document'))).toEqual([
      0.5, 0.5,
    ]);
    // A size guessed from the boxes says nothing about the image.
    expect(pageScale(page(1000, 800, 'convertedImageInfo'), page(700, 500, 'extent'))).toEqual([1, 1]);
    expect(pageScale(undefined, page(700, 500, 'document'))).toEqual([1, 1]);
  });

  it('scaleBounds maps a box between page sizes', () => {
    expect(scaleBounds(box(10, 20), 2, 0.5)).toEqual({ minX: 20, minY: 10, maxX: 40, maxY: 15 });
  });
});
