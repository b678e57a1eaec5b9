import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { photoSpecs, referenceWords, renderPhoto } from './index.ts';
import { labelWords } from './words.ts';

describe('the generated photo set', () => {
  it('splits tuning and checking halves by seed, with no page in both', () => {
    const tuning = photoSpecs('tuning', 4);
    const checking = photoSpecs('checking', 4);
    const scans = photoSpecs('tuning', 4, 'scan');
    expect(tuning.every((s) => s.seed % 2 === 0)).toBe(true);
    expect(checking.every((s) => s.seed % 2 === 1)).toBe(true);
    const seeds = [...tuning, ...checking, ...scans].map((s) => s.seed);
    expect(new Set(seeds).size).toBe(seeds.length);
    expect(new Set(tuning.map((s) => s.lang))).toEqual(new Set(['ko', 'ja', 'zh-TW']));
  });

  it('renders the same JPEG from the same seed, and a photo-sized page with its known text', async () => {
    const [spec] = photoSpecs('checking', 1);
    const a = await renderPhoto(spec);
    const b = await renderPhoto(spec);
    expect(a.jpeg.equals(b.jpeg)).toBe(true);
    const meta = await sharp(a.jpeg).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.width).toBeGreaterThan(400);
    expect(a.text).toMatch(/\p{scx=Hangul}/u);
    expect(a.text).toMatch(/\d/);
  });

  it('labels words right only as often as the known text has them', () => {
    const words = labelWords('합계 1,980\n카드 1,980', [
      { text: '1,980' },
      { text: '1,980' },
      { text: '1,980' },
      { text: '합게' },
      { text: '카드' },
    ]);
    expect(words.map((w) => w.right)).toEqual([true, true, false, false, true]);
    expect(referenceWords('Ａ　b')).toEqual(['A', 'b']);
  });
});
