import { describe, expect, it } from 'vitest';
import { mean, median, percentile, round } from './stats.ts';

describe('percentile', () => {
  it('uses the nearest rank, so the result is a sample', () => {
    const xs = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(xs, 95)).toBe(10);
    expect(percentile(xs, 90)).toBe(9);
    expect(percentile(xs, 50)).toBe(5);
    expect(percentile(xs, 0)).toBe(1);
    expect(percentile(xs, 100)).toBe(10);
  });

  it('does not reorder the input', () => {
    const xs = [3, 1, 2];
    percentile(xs, 50);
    expect(xs).toEqual([3, 1, 2]);
  });

  it('is NaN without samples', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(mean([])).toBeNaN();
  });
});

describe('median, mean, round', () => {
  it('computes them', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(mean([1, 2, 6])).toBe(3);
    expect(round(1.23456, 2)).toBe(1.23);
    expect(round(1.235, 1)).toBe(1.2);
  });
});
