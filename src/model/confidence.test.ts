import { describe, expect, it } from 'vitest';
import { confidenceBand, confidenceColor, DEFAULT_THRESHOLDS } from './confidence.ts';

const rgb = (s: string): number[] => {
  const m = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(s);
  if (!m) throw new Error(`not rgb(): ${s}`);
  return m.slice(1).map(Number);
};

describe('confidence', () => {
  it('defaults to 0.8 / 0.95', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({ low: 0.8, high: 0.95 });
  });

  it('bands at the thresholds: below low is low, at high is high', () => {
    expect(confidenceBand(0.79)).toBe('low');
    expect(confidenceBand(0.8)).toBe('mid');
    expect(confidenceBand(0.9499)).toBe('mid');
    expect(confidenceBand(0.95)).toBe('high');
    expect(confidenceBand(1)).toBe('high');
    expect(confidenceBand(Number.NaN)).toBe('low');
    expect(confidenceBand(0.6, { low: 0.5, high: 0.7 })).toBe('mid');
  });

  it('is red below low, green at/above high', () => {
    const [r, g] = rgb(confidenceColor(0.1182));
    expect(r).toBeGreaterThan(g);
    const [r2, g2] = rgb(confidenceColor(1));
    expect(g2).toBeGreaterThan(r2);
    expect(confidenceColor(0.95)).toBe(confidenceColor(1));
    expect(confidenceColor(0)).toBe(confidenceColor(0.8));
  });

  it('is continuous: small changes make small colour changes', () => {
    let prev = rgb(confidenceColor(0.7));
    for (let c = 0.7; c <= 1; c += 0.001) {
      const cur = rgb(confidenceColor(c));
      const step = Math.max(...cur.map((v, i) => Math.abs(v - prev[i])));
      expect(step).toBeLessThanOrEqual(4);
      prev = cur;
    }
  });

  it('is amber half-way and moves red→green monotonically in green', () => {
    const mid = rgb(confidenceColor(0.875));
    expect(mid[0]).toBeGreaterThan(200);
    expect(mid[1]).toBeGreaterThan(140);
    const greens = [0.8, 0.85, 0.875, 0.9, 0.95].map((c) => rgb(confidenceColor(c))[1]);
    expect([...greens].sort((a, b) => a - b)).toEqual(greens);
  });

  it('honours custom thresholds', () => {
    expect(confidenceColor(0.6, { low: 0.3, high: 0.6 })).toBe(confidenceColor(1));
    expect(confidenceColor(0.6)).toBe(confidenceColor(0));
  });
});
