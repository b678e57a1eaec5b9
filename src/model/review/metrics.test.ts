import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { editDistance } from './editDistance.ts';
import {
  bagOfCharsCer,
  bagOfCharsErrors,
  cer,
  cerLines,
  cerUnits,
  charErrors,
  errorRate,
  lineSortedCer,
  normalizeText,
  sumCounts,
  wer,
  werUnits,
  wordErrors,
  wordsText,
} from './metrics.ts';

describe('metrics (issue 16 §1)', () => {
  it('normalises both sides: NFKC, one space per whitespace run, ends trimmed', () => {
    expect(normalizeText('  ＡＢＣ\t\n１２  ﾃｽﾄ \u3000')).toBe('ABC 12 テスト');
    expect(normalizeText('\u1112\u1161\u11ab')).toBe('한');
    expect(wordsText(['합계', ' 12,000 ', '', '원'])).toBe('합계 12,000 원');
  });

  it('the fast path for already-normal text gives what the full normalisation gives', () => {
    const full = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();
    const piece = fc.constantFrom(
      'a',
      'Z',
      '1',
      '.',
      '가',
      '힣',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u3000',
      'Ａ',
      '\u1100',
      '\u1161',
      'é',
      'e\u0301',
      '~',
      '',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(normalizeText(s)).toBe(full(s));
      }),
      { numRuns: 2000 },
    );
    expect(normalizeText('합계 12,000 원')).toBe('합계 12,000 원');
    expect(normalizeText(' 합계  원')).toBe('합계 원');
  });

  it('CER: edits over expected code points, single spaces included', () => {
    expect(cer('hello world', 'hello world')).toBe(0);
    // One substitution in 11 code points (10 letters and the space).
    expect(charErrors('hello world', 'hallo world')).toEqual({ errors: 1, length: 11 });
    expect(cer('hello world', 'hallo world')).toBeCloseTo(1 / 11, 12);
    // A missing space is one deletion: 1 of 5 ('합계 금액').
    expect(charErrors('합계 금액', '합계금액')).toEqual({ errors: 1, length: 5 });
    // Runs of whitespace and line ends are one space; trimmed ends cost nothing.
    expect(cer('a b', '  a \n\t b\n')).toBe(0);
    expect(charErrors('ab', 'a  b\n')).toEqual({ errors: 1, length: 2 });
  });

  it('CER treats width variants and decomposed Hangul as the same characters', () => {
    expect(cer('ＡＢＣ１２３', 'ABC123')).toBe(0);
    expect(cer('한글', '\u1112\u1161\u11ab\u1100\u1173\u11af')).toBe(0);
    expect(cerUnits('한 글')).toEqual(['한', ' ', '글']);
  });

  it('counts astral characters as one code point', () => {
    expect(charErrors('𠮷野家', '吉野家')).toEqual({ errors: 1, length: 3 });
  });

  it('WER: word edits over expected words', () => {
    expect(wordErrors('the cat sat down', 'the bat sat')).toEqual({ errors: 2, length: 4 });
    expect(wer('the cat sat down', 'the bat sat')).toBe(0.5);
    expect(wer('합계 금액', '합계금액')).toBe(1);
    expect(werUnits('  a\u3000b\n c ')).toEqual(['a', 'b', 'c']);
    expect(werUnits(' \n ')).toEqual([]);
  });

  it('rates can exceed 1 with many insertions; an empty expectation scores 0 or 1', () => {
    expect(cer('a', 'abc')).toBe(2);
    expect(cer('', '')).toBe(0);
    expect(cer(' ', 'x')).toBe(1);
    expect(wer('', '')).toBe(0);
    expect(errorRate({ errors: 0, length: 0 })).toBe(0);
  });

  it('totals are sums of distances over sums of lengths, not means of rates', () => {
    // Page 1: 1 error in 11; page 2: 2 errors in 2 → 3/13, not (1/11 + 1)/2.
    const total = sumCounts([charErrors('hello world', 'hallo world'), charErrors('ab', 'xy')]);
    expect(total).toEqual({ errors: 3, length: 13 });
    expect(errorRate(total)).toBeCloseTo(3 / 13, 12);
  });
});

// The engine's tests and the bench measure with these too (they had their own CER before).
describe('cer, as the engine tests use it', () => {
  it('counts substitutions, insertions and deletions', () => {
    expect(editDistance([...'kitten'], [...'sitting'])).toBe(3);
    expect(editDistance([], [...'abc'])).toBe(3);
    expect(editDistance([...'abc'], [])).toBe(3);
    expect(editDistance([...'abc'], [...'abc'])).toBe(0);
    expect(editDistance([...'킹마트'], [...'킹마드'])).toBe(1);
  });
  it('is 0 for identical text, whatever the whitespace runs', () => {
    expect(cer('오늘 날씨', '오늘\n날씨')).toBe(0);
    expect(cer('a b\nc', 'a  b c')).toBe(0);
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

describe('cerLines', () => {
  it('drops spaces and empty lines, and composes Hangul jamo into syllables', () => {
    // U+1112 U+1161 U+11AB is 한 in decomposed (NFD) form.
    expect(cerLines(' a b \n\n \u1112\u1161\u11ab 국\r\n')).toEqual(['ab', '한국']);
  });
});

describe('bagOfCharsErrors', () => {
  it('is zero when only line order and spacing differ', () => {
    expect(bagOfCharsErrors('합 계: 10,540\n사업자 :', '사업자:\n합계 : 10,540').errors).toBe(0);
  });

  it('counts a misread as one substitution', () => {
    expect(bagOfCharsErrors('김현주', '김면주')).toEqual({ missing: 1, extra: 1, errors: 1, length: 3 });
  });

  it('counts dropped and added characters as deletions and insertions', () => {
    expect(bagOfCharsErrors('abcd', 'ab')).toEqual({ missing: 2, extra: 0, errors: 2, length: 4 });
    expect(bagOfCharsErrors('ab', 'abxyz')).toEqual({ missing: 0, extra: 3, errors: 3, length: 2 });
  });

  it('counts repeated characters by multiplicity', () => {
    expect(bagOfCharsErrors('1,980 1,980', '1,980').errors).toBe(5);
  });
});

describe('bagOfCharsCer', () => {
  it('is errors over expected length', () => {
    expect(bagOfCharsCer('abcd', 'abcx')).toBe(0.25);
    expect(bagOfCharsCer('', '')).toBe(0);
    expect(bagOfCharsCer('', 'x')).toBe(1);
  });

  it('never exceeds the CER of the same texts (it is a lower bound)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', '가', '1') }),
        fc.string({ unit: fc.constantFrom('a', 'b', '가', '1') }),
        (a, b) => {
          fc.pre(a.length > 0);
          expect(bagOfCharsCer(a, b)).toBeLessThanOrEqual(cer(a, b) + 1e-12);
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

describe('lineSortedCer', () => {
  it('is zero when only line order differs', () => {
    expect(lineSortedCer('b line\na line', 'a line\nb line')).toBe(0);
  });

  it('charges a line split in two pieces only when the pieces sort apart', () => {
    expect(lineSortedCer('abzz', 'zz\nab')).toBe(0);
    expect(lineSortedCer('zzab', 'zz\nab')).toBe(1);
  });

  it('charges misreads like CER', () => {
    expect(lineSortedCer('대표자:김현주', '대표자:김면주')).toBeCloseTo(1 / 7);
  });
});
