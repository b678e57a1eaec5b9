import { describe, expect, it } from 'vitest';
import { wheelFactor } from './wheelZoom.ts';

describe('wheelFactor', () => {
  it('zooms in for wheel up and out for wheel down, symmetrically', () => {
    const up = wheelFactor(-100, 0, false);
    expect(up).toBeGreaterThan(1);
    expect(up * wheelFactor(100, 0, false)).toBeCloseTo(1, 10);
  });
  it('treats line-mode deltas like pixels and pinch (ctrl) as finer-grained but stronger per px', () => {
    expect(wheelFactor(-3, 1, false)).toBeCloseTo(wheelFactor(-48, 0, false), 10);
    expect(wheelFactor(-10, 0, true)).toBeGreaterThan(wheelFactor(-10, 0, false));
  });
  it('caps a single huge event', () => {
    expect(wheelFactor(-100000, 0, false)).toBeCloseTo(wheelFactor(-500, 0, false), 10);
  });
});
