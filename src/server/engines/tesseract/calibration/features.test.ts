import { describe, expect, it } from 'vitest';
import { lengthTerm, wordScript } from './features.ts';

describe('wordScript', () => {
  it('tells digit groups, scripts and mixtures apart', () => {
    expect(wordScript('4,500')).toBe('digits');
    expect(wordScript('02-123-4567')).toBe('digits');
    expect(wordScript('¥1,280')).toBe('digits');
    expect(wordScript('합계')).toBe('hangul');
    expect(wordScript('合計')).toBe('cjk');
    expect(wordScript('ありがとう')).toBe('cjk');
    expect(wordScript('Total')).toBe('latin');
    expect(wordScript('4,500원')).toBe('mixed');
    expect(wordScript('2024年')).toBe('mixed');
    expect(wordScript('|')).toBe('mixed');
  });
});

describe('lengthTerm', () => {
  it('grows with the length and stops at 12 characters', () => {
    expect(lengthTerm('a')).toBe(0);
    expect(lengthTerm('合計')).toBeGreaterThan(lengthTerm('合'));
    expect(lengthTerm('x'.repeat(40))).toBe(lengthTerm('x'.repeat(12)));
  });
});
