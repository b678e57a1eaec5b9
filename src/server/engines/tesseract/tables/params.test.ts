import { describe, expect, it } from 'vitest';
import { paramsFor } from './params.ts';

describe('paramsFor', () => {
  it('scales thresholds with the page', () => {
    const small = paramsFor(595, 842);
    const large = paramsFor(2480, 3508);
    expect(small.minRuleLength).toBe(12);
    expect(large.minRuleLength).toBe(50);
    expect(large.tolerance).toBeGreaterThan(small.tolerance);
    expect(large.maxRuleThickness).toBeGreaterThan(small.maxRuleThickness);
  });

  it('makes rules longer than a glyph and cells at least most of a text line', () => {
    const p = paramsFor(2480, 3508, 60);
    expect(p.minRuleLength).toBe(72);
    expect(p.minCellSize).toBe(36);
  });
});
