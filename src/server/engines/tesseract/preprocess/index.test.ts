import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { MAX_PAGE_PIXELS } from '../raster/limits.ts';
import { writePgm } from '../raster/pgm.ts';
import { loadTextLineDetector, preparePageForOcr } from './index.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'prepare-page-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Black Korean text on white (or over `background`), rendered at `dpi`. */
async function textPage(file: string, dpi: number, width: number, height: number, background?: Buffer) {
  const text = await sharp({
    text: {
      text: '킹마트를 찾아주셔서 감사합니다.\n합계: 10,540\n신용카드지불: 10,540',
      font: 'Noto Sans CJK KR 10',
      dpi,
    },
  })
    .negate({ alpha: false })
    .png()
    .toBuffer();
  const base = background
    ? sharp(background)
    : sharp({ create: { width, height, channels: 3, background: '#fff' } });
  await base
    .composite([{ input: text, left: Math.round(width / 10), top: Math.round(height / 10), blend: 'darken' }])
    .png()
    .toFile(file);
}

/** A lighting gradient from grey to near-white, as on a phone photo of paper. */
function gradient(width: number, height: number): Promise<Buffer> {
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      data.fill(120 + Math.round((120 * x) / width), (y * width + x) * 3, (y * width + x + 1) * 3);
  return sharp(data, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}

describe('preparePageForOcr', () => {
  it('leaves a clean page with readable text unchanged', async () => {
    const file = path.join(dir, 'clean-300.png');
    await textPage(file, 300, 1400, 900);
    const out = await preparePageForOcr(file, dir);
    expect(out.decision).toBe('unchanged');
    expect(out.path).toBe(file);
    expect(out.scale).toBe(1);
    expect(out.tesseractArgs).toEqual([]);
    expect(out.analysis.clean).toBe(true);
  });

  it('enlarges a clean page with small text, and says by how much', async () => {
    const file = path.join(dir, 'clean-50.png');
    await textPage(file, 50, 300, 200);
    const out = await preparePageForOcr(file, dir);
    expect(out.decision).toBe('upscaled');
    expect(out.analysis.glyphHeight).toBeLessThan(10);
    expect(out.scale).toBeGreaterThan(1);
    expect(out.scale).toBeLessThanOrEqual(4);
    const meta = await sharp(out.path).metadata();
    expect(meta.width).toBe(Math.round(300 * out.scale)); // scale is width ÷ original width
    expect(meta.height / 200).toBeCloseTo(out.scale, 1);
  });

  it('reads the engine’s PGM pages (which sharp cannot open) and enlarges small text from them', async () => {
    const png = path.join(dir, 'clean-50-for-pgm.png');
    await textPage(png, 50, 300, 200);
    const { data, info } = await sharp(png).grayscale().raw().toBuffer({ resolveWithObject: true });
    const file = path.join(dir, 'clean-50.pgm');
    await writePgm(file, data, info.width, info.height);
    const out = await preparePageForOcr(file, dir);
    expect(out.decision).toBe('upscaled');
    expect((await sharp(out.path).metadata()).width).toBe(Math.round(300 * out.scale));
  });

  it('never enlarges past the raster pixel cap', async () => {
    // 9-px glyphs want ×2.2, which would make this 10.8 MP page 52 MP.
    const line = '킹마트를 찾아주셔서 감사합니다. 합계: 10,540 신용카드지불: 10,540 '.repeat(4);
    const text = await sharp({
      text: { text: Array(40).fill(line).join('\n'), font: 'Noto Sans CJK KR 8', dpi: 72 },
    })
      .negate({ alpha: false })
      .png()
      .toBuffer();
    const file = path.join(dir, 'big-small-text.png');
    await sharp({ create: { width: 3600, height: 3000, channels: 3, background: '#fff' } })
      .composite([{ input: text, left: 100, top: 100 }])
      .png({ compressionLevel: 1 })
      .toFile(file);
    const out = await preparePageForOcr(file, dir);
    expect(out.analysis.glyphHeight).toBeLessThan(10);
    expect(out.decision).toBe('upscaled');
    const meta = await sharp(out.path).metadata();
    expect(meta.width * meta.height).toBeLessThanOrEqual(MAX_PAGE_PIXELS);
    expect(meta.width * meta.height).toBeGreaterThan(0.95 * MAX_PAGE_PIXELS);
  });

  it('treats a page under uneven light as a photo', async () => {
    const file = path.join(dir, 'photo.png');
    await textPage(file, 150, 800, 500, await gradient(800, 500));
    const off = await preparePageForOcr(file, dir, { lineDetector: 'off' });
    expect(off.analysis.clean).toBe(false);
    expect(off.decision).toBe('unchanged');
    expect(off.path).toBe(file);

    const auto = await preparePageForOcr(file, dir);
    if (!(await loadTextLineDetector()).available) {
      expect(auto.decision).toBe('unchanged');
      return;
    }
    // With the detector installed: one crop per detected line, listed for tesseract.
    expect(auto.decision).toBe('lines');
    expect(auto.tesseractArgs).toEqual(['--psm', '7']);
    const list = (await readFile(auto.path, 'utf8')).trim().split('\n');
    expect(list.length).toBe(auto.lines!.length);
    expect(new Set(auto.lines!.map((l) => l.row)).size).toBe(3);
  });
});
