import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, normalizeForSearch } from './searchNormalize.ts';

describe('normalizeForSearch', () => {
  it('folds full-width and half-width forms (NFKC)', () => {
    expect(normalizeForSearch('ＡＢＣ１２３')).toBe('abc123');
    expect(normalizeForSearch('ｶﾀｶﾅ')).toBe('カタカナ');
    // Half-width katakana with a separate voiced mark composes into one character.
    expect(normalizeForSearch('ｶﾞｷﾞ')).toBe('ガギ');
    expect(normalizeForSearch('㈜ ㎏')).toBe('(주) kg');
  });

  it('composes decomposed Hangul jamo into syllables', () => {
    const decomposed = '\u1112\u1161\u11ab\u1100\u1173\u11af'; // 한글 as conjoining jamo
    expect(decomposed).not.toBe('한글');
    expect(normalizeForSearch(decomposed)).toBe('한글');
  });

  it('folds case and collapses whitespace, trimming the ends', () => {
    expect(normalizeForSearch('  Hello\t\u3000 WORLD \n')).toBe('hello world');
    expect(normalizeForSearch(' \u3000 ')).toBe('');
  });

  it('maps every folded unit back to its source in the original', () => {
    const s = ' ｶﾞ  Ａb\u1112\u1161\u11ab';
    const f = foldForSearch(s);
    expect(f.text).toBe('ガ ab한');
    const sources = Array.from(f.text, (_, k) => s.slice(f.from[k], f.to[k]));
    expect(sources).toEqual(['ｶﾞ', '  ', 'Ａ', 'b', '\u1112\u1161\u11ab']);
  });

  it('on ASCII equals lower-casing with collapsed spaces, and maps unit to unit', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '1', ',') }), (s) => {
        const f = foldForSearch(s);
        expect(f.text).toBe(s.toLowerCase().trim().replace(/ +/g, ' '));
        for (let k = 0; k < f.text.length; k++) {
          if (f.text[k] !== ' ') expect(s[f.from[k]].toLowerCase()).toBe(f.text[k]);
        }
      }),
    );
  });

  it('folding is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = normalizeForSearch(s);
        expect(normalizeForSearch(once)).toBe(once);
      }),
    );
  });
});
