import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bagDistance,
  bagOfCharsCer,
  levenshtein,
  lineSortedCer,
  normaliseLines,
} from './orderInsensitiveCer.ts';

describe('normaliseLines', () => {
  it('drops whitespace and empty lines, and composes Hangul jamo into syllables', () => {
    // U+1112 U+1161 U+11AB is 한 in decomposed (NFD) form.
    expect(normaliseLines(' a b \n\n \u1112\u1161\u11ab 국\r\n')).toEqual(['ab', '한국']);
  });
});

describe('bagDistance', () => {
  it('is zero when only line order and spacing differ', () => {
    expect(bagDistance('합 계: 10,540\n사업자 :', '사업자:\n합계 : 10,540').edits).toBe(0);
  });

  it('counts a misread as one substitution', () => {
    expect(bagDistance('김현주', '김면주')).toEqual({ missing: 1, extra: 1, edits: 1, referenceLength: 3 });
  });

  it('counts dropped and added characters as deletions and insertions', () => {
    expect(bagDistance('abcd', 'ab')).toEqual({ missing: 2, extra: 0, edits: 2, referenceLength: 4 });
    expect(bagDistance('ab', 'abxyz')).toEqual({ missing: 0, extra: 3, edits: 3, referenceLength: 2 });
  });

  it('counts repeated characters by multiplicity', () => {
    expect(bagDistance('1,980 1,980', '1,980').edits).toBe(5);
  });
});

describe('bagOfCharsCer', () => {
  it('is edits over reference length', () => {
    expect(bagOfCharsCer('abcd', 'abcx')).toBe(0.25);
    expect(bagOfCharsCer('', '')).toBe(0);
    expect(bagOfCharsCer('', 'x')).toBe(1);
  });

  it('never exceeds the Levenshtein CER of the same texts (it is a lower bound)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', '가', '1') }),
        fc.string({ unit: fc.constantFrom('a', 'b', '가', '1') }),
        (a, b) => {
          fc.pre(a.length > 0);
          expect(bagOfCharsCer(a, b)).toBeLessThanOrEqual(levenshtein(a, b) / a.length + 1e-12);
        },
      ),
    );
  });

  it('does not change when lines are shuffled', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { minLength: 1 }), fc.string(), (lines, hyp) => {
        const shuffled = [...lines].reverse();
        expect(bagOfCharsCer(shuffled.join('\n'), hyp)).toBe(bagOfCharsCer(lines.join('\n'), hyp));
      }),
    );
  });
});

describe('levenshtein', () => {
  it('matches known distances', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('킹마트', '킹마드')).toBe(1);
  });
});

describe('lineSortedCer', () => {
  it('is zero when only line order differs', () => {
    expect(lineSortedCer('b line\na line', 'a line\nb line')).toBe(0);
  });

  it('charges a line split in two pieces only when the pieces sort apart', () => {
    expect(lineSortedCer('abzz', 'zz\nab')).toBe(0);
    expect(lineSortedCer('zzab', 'zz\nab')).toBe(1);
  });

  it('charges misreads like Levenshtein', () => {
    expect(lineSortedCer('대표자:김현주', '대표자:김면주')).toBeCloseTo(1 / 7);
  });
});
