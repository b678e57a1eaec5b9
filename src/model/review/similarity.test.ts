import { describe, expect, it } from 'vitest';
import { textSimilarity } from './similarity.ts';

describe('textSimilarity', () => {
  it('is 1 for equal or merely width/case-different texts, 0 for disjoint ones', () => {
    expect(textSimilarity('합계', '합계')).toBe(1);
    expect(textSimilarity('ＡＢＣ', 'abc')).toBe(1);
    expect(textSimilarity('', '')).toBe(1);
    expect(textSimilarity('abc', 'xyz')).toBe(0);
    expect(textSimilarity('', 'x')).toBe(0);
  });

  it('falls with the share of edited characters', () => {
    expect(textSimilarity('12,000', '12,800')).toBeCloseTo(5 / 6, 12);
    expect(textSimilarity('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7, 12);
    expect(textSimilarity('abcd', 'ab')).toBe(0.5);
  });
});
