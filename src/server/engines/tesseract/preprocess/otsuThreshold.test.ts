import { describe, expect, it } from 'vitest';
import { otsuThreshold } from './otsuThreshold.ts';

describe('otsuThreshold', () => {
  it('splits a two-level image between its levels', () => {
    const grey = new Uint8Array(100).map((_, i) => (i < 30 ? 40 : 220));
    const t = otsuThreshold(grey);
    expect(t).toBeGreaterThanOrEqual(40);
    expect(t).toBeLessThan(220);
  });

  it('separates two noisy clusters', () => {
    const grey = new Uint8Array(1000).map((_, i) => (i % 3 === 0 ? 60 + (i % 11) : 180 + (i % 13)));
    const t = otsuThreshold(grey);
    expect(t).toBeGreaterThanOrEqual(70);
    expect(t).toBeLessThan(180);
  });
});
