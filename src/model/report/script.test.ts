import { describe, expect, it } from 'vitest';
import { dominantScript } from './script.ts';

describe('dominantScript', () => {
  it('names the script most letters are in', () => {
    expect(dominantScript('합계 금액 12,000 원 VAT')).toBe('ko');
    expect(dominantScript('東京都 ありがとう')).toBe('ja');
    expect(dominantScript('東京都千代田区')).toBe('zh');
    expect(dominantScript('Invoice number 2024 합계')).toBe('en');
    expect(dominantScript('12,000 - 3')).toBe('other');
  });
});
