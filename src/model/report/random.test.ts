import { describe, expect, it } from 'vitest';
import { sampleIndexes, seededRandom } from './random.ts';

describe('seededRandom', () => {
  it('gives the same sequence for the same seed, another for another seed, all in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    // Roughly uniform: the mean of 1000 draws is near 1/2.
    expect(Math.abs(xs.reduce((s, x) => s + x, 0) / 1000 - 0.5)).toBeLessThan(0.05);
  });
});

describe('sampleIndexes', () => {
  it('draws by partial Fisher–Yates: hand-replayed with a scripted source', () => {
    const script = [0.5, 0.0, 0.99];
    const random = () => script.shift() ?? 0;
    // n = 4: i=0 picks 0+floor(.5*4)=2; i=1 picks 1+floor(0*3)=1; i=2 picks 2+floor(.99*2)=3,
    // whose value is still 3 → [2, 1, 3].
    expect(sampleIndexes(4, 3, random)).toEqual([2, 1, 3]);
  });

  it('gives k distinct positions, all of them when k ≥ n', () => {
    const s = sampleIndexes(1000, 200, seededRandom(7));
    expect(new Set(s).size).toBe(200);
    expect(s.every((i) => i >= 0 && i < 1000)).toBe(true);
    expect(sampleIndexes(5, 10, seededRandom(1)).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(sampleIndexes(0, 3, seededRandom(1))).toEqual([]);
  });
});
