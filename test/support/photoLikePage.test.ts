import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { analysePage } from '../../src/server/engines/tesseract/preprocess/pageAnalysis.ts';
import { renderPhotoLikePage } from './photoLikePage.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('renderPhotoLikePage', () => {
  it('is a JPEG a little larger than asked (the turn widens the canvas), and the same on every run', async () => {
    const a = await renderPhotoLikePage({ width: 300, height: 200, lines: ['합계: 10,540'] });
    const meta = await sharp(a).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.width).toBeGreaterThan(300);
    expect(meta.width).toBeLessThan(320);
    expect(meta.height).toBeGreaterThan(200);
    expect(await renderPhotoLikePage({ width: 300, height: 200, lines: ['합계: 10,540'] })).toEqual(a);
    const other = await renderPhotoLikePage({ width: 300, height: 200, lines: ['합계: 10,540'], seed: 2 });
    expect(other).not.toEqual(a);
  });

  it('does not look like a clean scan to the page analysis', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'photo-like-'));
    try {
      const file = join(dir, 'p.jpg');
      writeFileSync(file, await renderPhotoLikePage());
      const analysis = await analysePage(file);
      expect(analysis.clean).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
