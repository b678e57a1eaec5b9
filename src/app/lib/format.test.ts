import { describe, expect, it } from 'vitest';
import { formatCoord, formatCount, formatPercent } from './format.ts';

describe('format', () => {
  it('formats confidences as percentages', () => {
    expect(formatPercent(0.98765)).toBe('98.8%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(NaN)).toBe('–');
  });
  it('formats coordinates compactly', () => {
    expect(formatCoord(129)).toBe('129');
    expect(formatCoord(174.04951)).toBe('174.0');
    expect(formatCoord(-2)).toBe('-2');
  });
  it('groups thousands', () => {
    expect(formatCount(20000)).toBe('20,000');
  });
});
