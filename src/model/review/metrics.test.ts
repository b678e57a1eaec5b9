import { describe, expect, it } from 'vitest';
import { cer, cerUnits, charErrors, errorRate, wer, werUnits, wordErrors } from './metrics.ts';

describe('metrics', () => {
  it('CER: edits over expected code points, whitespace ignored', () => {
    expect(cer('hello world', 'hello world')).toBe(0);
    // One substitution in 10 non-space characters.
    expect(charErrors('hello world', 'hallo world')).toEqual({ errors: 1, length: 10 });
    expect(cer('hello world', 'hallo world')).toBeCloseTo(0.1, 12);
    // Spacing differences are not character errors.
    expect(cer('합계 금액', '합계금액')).toBe(0);
    expect(cer('ab', 'a  b\n')).toBe(0);
  });

  it('CER treats width variants and decomposed Hangul as the same characters', () => {
    expect(cer('ＡＢＣ１２３', 'ABC123')).toBe(0);
    expect(cer('한글', '\u1112\u1161\u11ab\u1100\u1173\u11af')).toBe(0);
    expect(cerUnits('한 글')).toEqual(['한', '글']);
  });

  it('counts astral characters as one code point', () => {
    expect(charErrors('𠮷野家', '吉野家')).toEqual({ errors: 1, length: 3 });
  });

  it('WER: word edits over expected words', () => {
    expect(wordErrors('the cat sat down', 'the bat sat')).toEqual({ errors: 2, length: 4 });
    expect(wer('the cat sat down', 'the bat sat')).toBe(0.5);
    expect(wer('합계 금액', '합계금액')).toBe(1);
    expect(werUnits('  a\u3000b\n c ')).toEqual(['a', 'b', 'c']);
  });

  it('rates can exceed 1 with many insertions; an empty expectation scores 0 or 1', () => {
    expect(cer('a', 'abc')).toBe(2);
    expect(cer('', '')).toBe(0);
    expect(cer(' ', 'x')).toBe(1);
    expect(wer('', '')).toBe(0);
    expect(errorRate({ errors: 0, length: 0 })).toBe(0);
  });
});
