import { describe, expect, it } from 'vitest';
import { pctTick } from './specs.ts';

describe('pctTick', () => {
  it('keeps the decimals an axis of a few points needs, and none where it needs none', () => {
    // CER axes of good OCR run 0% to 3%: ticks every 0.2% must not all read "0%" or "1%".
    expect([0, 0.002, 0.004, 0.01, 0.012].map(pctTick)).toEqual(['0%', '0.2%', '0.4%', '1%', '1.2%']);
    expect([0.2, 1].map(pctTick)).toEqual(['20%', '100%']);
    expect(pctTick(0.0125)).toBe('1.25%');
  });
});
