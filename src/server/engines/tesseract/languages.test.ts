import { describe, expect, it } from 'vitest';
import { hasCjk, tesseractLangs } from './languages.ts';

describe('tesseractLangs', () => {
  it('defaults to Korean and English', () => {
    expect(tesseractLangs(undefined)).toEqual(['kor', 'eng']);
    expect(tesseractLangs([])).toEqual(['kor', 'eng']);
  });
  it('maps each CLOVA code to its tessdata without adding eng', () => {
    expect(tesseractLangs(['ko'])).toEqual(['kor']);
    expect(tesseractLangs(['ja'])).toEqual(['jpn']);
    expect(tesseractLangs(['zh-TW'])).toEqual(['chi_tra']);
    expect(tesseractLangs(['en'])).toEqual(['eng']);
  });
  it('combines a list with CJK first and no duplicates', () => {
    expect(tesseractLangs(['en', 'ko'])).toEqual(['kor', 'eng']);
    expect(tesseractLangs(['ko', 'en'])).toEqual(['kor', 'eng']);
    expect(tesseractLangs(['ja', 'en', 'zh-TW'])).toEqual(['jpn', 'chi_tra', 'eng']);
    expect(tesseractLangs(['ja', 'ko'])).toEqual(['jpn', 'kor']);
  });
  it('tells whether a CJK model is in the list', () => {
    expect(hasCjk(['eng'])).toBe(false);
    expect(hasCjk(['jpn', 'eng'])).toBe(true);
  });
});
