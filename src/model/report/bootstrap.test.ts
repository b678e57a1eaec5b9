import { describe, expect, it } from 'vitest';
import { BOOTSTRAP_SEED, bootstrapRateCi, pairedBootstrapDiffCi, quantile } from './bootstrap.ts';
import { seededRandom } from './random.ts';

/** A scripted random source: the draws given, in order. */
const scripted = (draws: number[]) => {
  let i = 0;
  return () => draws[i++ % draws.length];
};

describe('quantile', () => {
  it('interpolates between order statistics (type 7)', () => {
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    // h = 4 × 0.025 = 0.1 → 1 + 0.1 × (2 − 1).
    expect(quantile([1, 2, 3, 4, 5], 0.025)).toBeCloseTo(1.1, 12);
    expect(quantile([1, 2, 3, 4, 5], 0.975)).toBeCloseTo(4.9, 12);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('bootstrapRateCi', () => {
  it('resamples documents and pools their errors: replayed by hand', () => {
    const docs = [
      { errors: 0, length: 10 },
      { errors: 5, length: 10 },
    ];
    // Draws 0.1, 0.2 → docs 0,0 → 0; 0.7, 0.9 → 1,1 → 0.5; 0.1, 0.9 → 0,1 → 5/20; 0.9, 0.1 → 0.25.
    const ci = bootstrapRateCi(docs, {
      iterations: 4,
      random: scripted([0.1, 0.2, 0.7, 0.9, 0.1, 0.9, 0.9, 0.1]),
    });
    // Sorted rates 0, .25, .25, .5: 2.5% → 0 + .075 × .25; 97.5% → .25 + .925 × .25.
    expect(ci![0]).toBeCloseTo(0.075 * 0.25, 12);
    expect(ci![1]).toBeCloseTo(0.25 + 0.925 * 0.25, 12);
  });

  it('with the fixed seed itself, replayed by hand', () => {
    // mulberry32 with seed 16, its first eight draws as an independent implementation (Python,
    // same 32-bit arithmetic) gives them.
    expect(BOOTSTRAP_SEED).toBe(16);
    const draws = [
      0.6313952072523534, 0.14432188915088773, 0.7523378010373563, 0.388273379066959, 0.33968470781110227,
      0.019686341285705566, 0.9379420855548233, 0.5133640284184366,
    ];
    const r = seededRandom(BOOTSTRAP_SEED);
    expect(draws.map(() => r())).toEqual(draws);
    const docs = [
      { errors: 0, length: 10 },
      { errors: 5, length: 10 },
    ];
    // Pairs of draws × 2 documents: (1,0) → 5/20; (1,0) → 5/20; (0,0) → 0; (1,1) → 10/20.
    // Sorted 0, .25, .25, .5: the 2.5% and 97.5% quantiles (type 7) are .075 × .25 and .25 + .925 × .25.
    const ci = bootstrapRateCi(docs, { iterations: 4 })!;
    expect(ci[0]).toBeCloseTo(0.01875, 12);
    expect(ci[1]).toBeCloseTo(0.48125, 12);
  });

  it('is the same every time with the fixed seed, and contains the pooled rate', () => {
    const docs = Array.from({ length: 30 }, (_, i) => ({ errors: i % 7, length: 50 + i }));
    const a = bootstrapRateCi(docs)!;
    expect(bootstrapRateCi(docs)).toEqual(a);
    const pooled = docs.reduce((s, d) => s + d.errors, 0) / docs.reduce((s, d) => s + d.length, 0);
    expect(a[0]).toBeLessThan(pooled);
    expect(a[1]).toBeGreaterThan(pooled);
  });

  it('collapses to the rate when every document has it, and is null without documents', () => {
    expect(
      bootstrapRateCi([
        { errors: 1, length: 10 },
        { errors: 2, length: 20 },
      ]),
    ).toEqual([0.1, 0.1]);
    expect(bootstrapRateCi([])).toBeNull();
  });
});

describe('pairedBootstrapDiffCi', () => {
  it('draws the same documents for both sets: a constant difference has a zero-width interval', () => {
    const a = [
      { errors: 10, length: 100 },
      { errors: 30, length: 100 },
    ];
    const b = [
      { errors: 5, length: 100 },
      { errors: 25, length: 100 },
    ];
    // Whatever the resample, b has 5 fewer errors per 100 characters.
    const ci = pairedBootstrapDiffCi(a, b)!;
    expect(ci[0]).toBeCloseTo(-0.05, 12);
    expect(ci[1]).toBeCloseTo(-0.05, 12);
  });

  it('replayed by hand, and refuses unpaired input', () => {
    const a = [
      { errors: 0, length: 10 },
      { errors: 4, length: 10 },
    ];
    const b = [
      { errors: 1, length: 10 },
      { errors: 2, length: 10 },
    ];
    // Resamples: docs 0,0 → b−a = .1; docs 1,1 → −.2.
    const ci = pairedBootstrapDiffCi(a, b, { iterations: 2, random: scripted([0.1, 0.2, 0.7, 0.9]) })!;
    expect(ci[0]).toBeCloseTo(-0.2 + 0.025 * 0.3, 12);
    expect(ci[1]).toBeCloseTo(-0.2 + 0.975 * 0.3, 12);
    expect(() => pairedBootstrapDiffCi(a, [b[0]])).toThrow();
    expect(pairedBootstrapDiffCi([], [])).toBeNull();
  });
});
