import { describe, expect, it } from 'vitest';
import { ModelPoint } from './point.ts';

describe('ModelPoint', () => {
  it('holds the coordinates given, whole or fractional, and nothing else', () => {
    const whole = new ModelPoint(12, -3);
    const frac = new ModelPoint(0.25, 1e7);
    expect([whole.x, whole.y, frac.x, frac.y]).toEqual([12, -3, 0.25, 1e7]);
    expect(Object.keys(whole)).toEqual(['x', 'y']);
  });

  it('serialises and compares as a plain {x, y}', () => {
    const p = new ModelPoint(3, 4.5);
    expect(JSON.parse(JSON.stringify(p))).toEqual({ x: 3, y: 4.5 });
    expect(p).toEqual({ x: 3, y: 4.5 });
    expect(structuredClone(p)).toEqual({ x: 3, y: 4.5 });
  });
});
