import { describe, expect, it } from 'vitest';
import { fromFraction, legendGradient, moveThreshold, toFraction } from './legendScale.ts';
import { confidenceColor } from '../../../model/index.ts';

describe('legend scale', () => {
  it('maps confidences to positions and back', () => {
    expect(toFraction(0.5)).toBe(0);
    expect(toFraction(1)).toBe(1);
    expect(fromFraction(toFraction(0.9))).toBeCloseTo(0.9, 10);
    expect(toFraction(0.1)).toBe(0);
  });
  it("samples the overlay's colour function", () => {
    const t = { low: 0.8, high: 0.95 };
    const g = legendGradient(t, 4);
    expect(g.startsWith('linear-gradient(90deg, ')).toBe(true);
    expect(g).toContain(`${confidenceColor(1, t)} 100.0%`);
    expect(g).toContain(`${confidenceColor(0.5, t)} 0.0%`);
  });
  it('keeps low below high', () => {
    const t = { low: 0.8, high: 0.95 };
    expect(moveThreshold(t, 'low', 0.99)).toEqual({ low: 0.94, high: 0.95 });
    expect(moveThreshold(t, 'high', 0.5)).toEqual({ low: 0.8, high: 0.81 });
    expect(moveThreshold(t, 'high', 1.5)).toEqual({ low: 0.8, high: 1 });
  });
});
