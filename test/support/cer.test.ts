import { describe, expect, it } from 'vitest';
import { cer, levenshtein } from './cer.ts';

describe('levenshtein', () => {
  it('counts substitutions, insertions and deletions', () => {
    expect(levenshtein([...'kitten'], [...'sitting'])).toBe(3);
    expect(levenshtein([], [...'abc'])).toBe(3);
    expect(levenshtein([...'abc'], [])).toBe(3);
    expect(levenshtein([...'abc'], [...'abc'])).toBe(0);
  });
});

describe('cer', () => {
  it('is 0 for identical text and ignores whitespace', () => {
    expect(cer('오늘 날씨', '오늘날씨')).toBe(0);
    expect(cer('a b\nc', 'abc')).toBe(0);
  });
  it('counts code points, not UTF-16 units', () => {
    // '𠮷' is one code point but two UTF-16 units: one substitution over 2 characters.
    expect(cer('𠮷野', '吉野')).toBe(0.5);
  });
  it('divides by the expected length', () => {
    expect(cer('abcd', 'abxd')).toBe(0.25);
    expect(cer('ab', 'abcdef')).toBe(2);
  });
  it('handles empty expected text', () => {
    expect(cer('', '')).toBe(0);
    expect(cer(' ', 'x')).toBe(1);
  });
});
