import { describe, expect, it } from 'vitest';
import { histogramBars } from './histogramBars.ts';

describe('histogramBars', () => {
  it('folds the bins under the floor into one bar and keeps every word', () => {
    const bins = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const bars = histogramBars(bins, 0.5);
    expect(bars).toHaveLength(6);
    expect(bars[0]).toEqual({ from: 0, to: 0.5, count: 15 });
    expect(bars[5]).toEqual({ from: 0.9, to: 1, count: 10 });
    expect(bars.reduce((s, b) => s + b.count, 0)).toBe(55);
  });

  it('handles no bins', () => {
    expect(histogramBars([])).toEqual([]);
  });
});
