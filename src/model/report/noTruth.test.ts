import { describe, expect, it } from 'vitest';
import { agreement, agreementShare, ConfidenceCounter } from './noTruth.ts';
import type { RunPage } from './pages.ts';

const box = (x: number) => ({ minX: x, minY: 0, maxX: x + 40, maxY: 10 });
const page = (n: number, ...words: [string, number, number][]): RunPage => ({
  page: n,
  words: words.map(([text, confidence, x], field) => ({ text, confidence, bounds: box(x), field })),
});

describe('ConfidenceCounter', () => {
  it('histogram, mean and doubtful density at the triage threshold, by hand', () => {
    const c = new ConfidenceCounter(0.8);
    c.addPages([page(0, ['a', 0.95, 0], ['b', 0.5, 50], ['c', 1, 100]), page(1, ['d', 0.79, 0])]);
    const s = c.summary();
    expect(s.words).toBe(4);
    expect(s.pages).toBe(2);
    expect(s.mean).toBeCloseTo((0.95 + 0.5 + 1 + 0.79) / 4, 12);
    expect(s.histogram).toEqual([0, 0, 0, 0, 0, 1, 0, 1, 0, 2]);
    expect(s.doubtfulShare).toBe(0.5);
    expect(s.doubtfulPerPage).toBe(1);
    expect(new ConfidenceCounter().summary()).toMatchObject({ words: 0, mean: null, doubtfulShare: null });
  });
});

describe('agreement', () => {
  it('pairs words by overlap and counts identical ones; words without partner disagree', () => {
    const a = [page(0, ['합계', 0.9, 0], ['12,000', 0.9, 50], ['원', 0.9, 100]), page(1, ['x', 1, 0])];
    const b = [
      page(0, ['합계', 0.9, 2], ['12.000', 0.9, 50], ['KRW', 0.9, 300]),
      page(2, ['y', 1, 0], ['z', 1, 50]),
    ];
    const c = agreement(a, b);
    // Page 0: 2 pairs (1 identical), 원 and KRW unpaired; page 1's x and page 2's y, z unpaired.
    expect(c).toEqual({ aligned: 2, identical: 1, unpaired: 5 });
    expect(agreementShare(c)).toBeCloseTo(1 / 7, 12);
    expect(agreementShare({ aligned: 0, identical: 0, unpaired: 0 })).toBeNull();
  });
});
