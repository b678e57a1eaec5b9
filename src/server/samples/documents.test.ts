import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { PDFDocument } from 'pdf-lib';
import UTIF from 'utif2';
import { makeJpeg, makePdf, makeTiff, renderTextPage } from './documents.ts';
import { SAMPLE_TEXT, sampleLines } from '../../../test/support/sampleText.ts';

const small = { width: 600, height: 300, dpi: 150, margin: 30 } as const;

describe('renderTextPage', () => {
  it('renders an opaque page of the asked size carrying its dpi', async () => {
    const png = await renderTextPage({ lines: ['Hello'], lang: 'en', ...small });
    const m = await sharp(png).metadata();
    expect([m.format, m.width, m.height, m.density, m.hasAlpha]).toEqual(['png', 600, 300, 150, false]);
  });

  it('defaults to an A4 page at 300 dpi', async () => {
    const m = await sharp(await renderTextPage({ lines: ['가'], lang: 'ko' })).metadata();
    expect([m.width, m.height]).toEqual([2481, 3507]);
  });

  it('draws black text inside the margins on white', async () => {
    const png = await renderTextPage({ lines: ['漢字テスト'], lang: 'ja', ...small });
    const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
    let dark = 0;
    let outside = 0;
    for (let y = 0; y < info.height; y++)
      for (let x = 0; x < info.width; x++) {
        if (data[y * info.width + x] >= 100) continue;
        dark++;
        if (x < 30 || y < 30 || x >= 570 || y >= 270) outside++;
      }
    expect(dark).toBeGreaterThan(200);
    expect(outside).toBe(0);
  });

  it('escapes markup characters and refuses text taller than the page', async () => {
    await expect(renderTextPage({ lines: ['a < b & c'], lang: 'en', ...small })).resolves.toBeInstanceOf(
      Buffer,
    );
    const many = Array.from({ length: 40 }, () => 'line');
    await expect(renderTextPage({ lines: many, lang: 'en', ...small })).rejects.toThrow(/does not fit/);
  });
});

describe('makeJpeg', () => {
  it('stores an orientation-6 page sideways with the tag, so viewers show it upright', async () => {
    const png = await renderTextPage({ lines: ['turn'], lang: 'en', ...small });
    const jpg = await makeJpeg(png, { orientation: 6 });
    const m = await sharp(jpg).metadata();
    expect([m.format, m.width, m.height, m.orientation]).toEqual(['jpeg', 300, 600, 6]);
    // Applying the tag gives back the original pixels (up to JPEG loss).
    const upright = await sharp(jpg).rotate().greyscale().raw().toBuffer();
    const original = await sharp(png).greyscale().raw().toBuffer();
    let diff = 0;
    for (let i = 0; i < original.length; i++) diff += Math.abs(original[i] - upright[i]);
    expect(diff / original.length).toBeLessThan(3);
  });
  it('writes no orientation tag by default', async () => {
    const m = await sharp(
      await makeJpeg(await renderTextPage({ lines: ['x'], lang: 'en', ...small })),
    ).metadata();
    expect(m.orientation ?? 1).toBe(1);
  });
});

describe('makePdf', () => {
  it('makes one page per image at its physical size in points', async () => {
    const a = await renderTextPage({ lines: ['one'], lang: 'en', ...small });
    const b = await renderTextPage({
      lines: ['two'],
      lang: 'en',
      width: 300,
      height: 450,
      dpi: 150,
      margin: 30,
    });
    const doc = await PDFDocument.load(await makePdf([a, b]));
    expect(doc.getPages().map((p) => [p.getWidth(), p.getHeight()])).toEqual([
      [288, 144],
      [144, 216],
    ]);
  });
});

describe('makeTiff', () => {
  it('writes a multi-page TIFF that sharp and utif2 both read', async () => {
    const a = await renderTextPage({ lines: ['one'], lang: 'en', ...small });
    const b = await renderTextPage({ lines: ['two'], lang: 'en', ...small });
    const tif = await makeTiff([a, b]);
    const m = await sharp(tif).metadata();
    expect([m.format, m.pages, m.width, m.height]).toEqual(['tiff', 2, 600, 300]);
    const ifds = UTIF.decode(tif);
    expect(ifds).toHaveLength(2);
    UTIF.decodeImage(tif, ifds[1]);
    expect([ifds[1].width, ifds[1].height]).toEqual([600, 300]);
    expect(UTIF.toRGBA8(ifds[1]).length).toBe(600 * 300 * 4);
  });
});

describe('SAMPLE_TEXT', () => {
  it('has a few lines per language', () => {
    for (const lang of ['ko', 'ja', 'zh-TW', 'en'] as const)
      expect(sampleLines(lang).length).toBeGreaterThanOrEqual(3);
    expect(sampleLines('zh-TW')).toBe(SAMPLE_TEXT.zhTW);
  });
});
