import { describe, expect, it } from 'vitest';
import { detectorTerm, lengthTerm, wordScript } from './features.ts';

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

describe('detectorTerm', () => {
  const scale = { mean: 0.8, sd: 0.05 };
  it('is the detector score in standard deviations from the fitting words’ mean', () => {
    expect(detectorTerm(0.8, scale)).toBe(0);
    expect(detectorTerm(0.7, scale)).toBeCloseTo(-2);
    expect(detectorTerm(0.9, scale)).toBeCloseTo(2);
  });

  it('is capped at three standard deviations either way, so one odd box cannot zero its words', () => {
    expect(detectorTerm(0.3, scale)).toBe(-3);
    expect(detectorTerm(1, scale)).toBe(3);
    expect(detectorTerm(0.99, { mean: 0.992, sd: 0.003 })).toBeCloseTo(-2 / 3);
  });

  it('is 0 (an average line) when the word has no score or the calibration no scale', () => {
    expect(detectorTerm(undefined, scale)).toBe(0);
    expect(detectorTerm(0.6, undefined)).toBe(0);
    expect(detectorTerm(0.6, { mean: 0.8, sd: 0 })).toBe(0);
  });
});
