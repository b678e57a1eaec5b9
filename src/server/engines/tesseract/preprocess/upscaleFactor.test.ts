import { describe, expect, it } from 'vitest';
import { MAX_UPSCALE, upscaleFactor } from './upscaleFactor.ts';

describe('upscaleFactor', () => {
  it('leaves pages with readable text alone', () => {
    expect(upscaleFactor(10)).toBe(1);
    expect(upscaleFactor(23)).toBe(1);
    expect(upscaleFactor(undefined)).toBe(1);
  });

  it('brings small glyphs to the target height', () => {
    expect(upscaleFactor(8)).toBe(2.5);
  });

  it('caps the enlargement', () => {
    expect(upscaleFactor(3)).toBe(MAX_UPSCALE);
  });
});
