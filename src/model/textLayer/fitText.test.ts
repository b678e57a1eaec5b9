import { describe, expect, it } from 'vitest';
import { FILL, MIN_SCALE_X, charsOf, fitText, isCjkChar, textEm } from './fitText.ts';

// Latin letters half an em wide, CJK a full em: the shape of real fonts' advances.
const em = (t: string) => textEm(t, (ch) => (isCjkChar(ch) ? 1 : 0.5));

describe('fitText', () => {
  it('sizes a word from its box height when it fits the width', () => {
    const f = fitText('total', 200, 40, em('total'));
    expect(f).toEqual({ mode: 'horizontal', size: 40 * FILL, scaleX: 1 });
  });

  it('squeezes a long word into its box, then shrinks it rather than squeeze past legibility', () => {
    const a = fitText('invoice', 100, 40, em('invoice')); // 3.5 em × 32 = 112 > 96
    expect(a.size).toBe(32);
    expect(a.scaleX).toBeCloseTo(96 / 112);
    expect(a.size * a.scaleX * em('invoice')).toBeLessThanOrEqual(100);
    const b = fitText('internationalisation', 60, 40, em('internationalisation'));
    expect(b.scaleX).toBe(MIN_SCALE_X);
    expect(b.size * b.scaleX * em('internationalisation')).toBeCloseTo(60 * 0.96);
  });

  it('sets CJK text in a tall box vertically, one character per cell', () => {
    const f = fitText('縦書きの文', 30, 160, em('縦書きの文'));
    expect(f.mode).toBe('vertical');
    expect(f.size).toBeCloseTo(Math.min(30 * FILL, (160 * 0.96) / 5));
  });

  it('turns Latin text in a tall box a quarter', () => {
    const f = fitText('SPINE', 24, 200, em('SPINE'));
    expect(f.mode).toBe('rotated');
    expect(f.size).toBeCloseTo(24 * FILL);
  });

  it('keeps a single character or a squat box horizontal', () => {
    expect(fitText('中', 20, 60, 1).mode).toBe('horizontal');
    expect(fitText('회의는', 90, 30, em('회의는')).mode).toBe('horizontal');
  });

  it('draws nothing for empty text or an empty box', () => {
    expect(fitText('  ', 100, 20, 1).size).toBe(0);
    expect(fitText('a', 0, 20, 0.5).size).toBe(0);
    expect(fitText('a', 10, 20, 0).size).toBe(0);
  });

  it('counts a surrogate pair as one character', () => {
    expect(charsOf('𠮷野家')).toHaveLength(3);
    expect(textEm('𠮷a', () => 1)).toBe(2);
  });
});
