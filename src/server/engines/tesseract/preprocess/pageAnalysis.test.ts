import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { writePgm } from '../raster/pgm.ts';
import { analysePage, lumaOf } from './pageAnalysis.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'page-analysis-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Rows of 20-px-tall black blocks (glyph stand-ins) on a page of the given size and paper tone. */
async function blocks(file: string, width: number, height: number, paper: number) {
  const glyph = await sharp({ create: { width: 14, height: 20, channels: 3, background: '#000' } })
    .png()
    .toBuffer();
  const composites = [];
  for (let y = 100; y < 400; y += 50)
    for (let x = 100; x < 1000; x += 30) composites.push({ input: glyph, left: x, top: y });
  await sharp({ create: { width, height, channels: 3, background: { r: paper, g: paper, b: paper } } })
    .composite(composites)
    .png()
    .toFile(file);
}

describe('lumaOf', () => {
  it('weighs RGB like Rec. 601 and passes grey through', () => {
    expect(Array.from(lumaOf(Uint8Array.from([255, 0, 0, 0, 255, 0, 255, 255, 255]), 3, 3))).toEqual([
      76, 150, 255,
    ]);
    expect(Array.from(lumaOf(Uint8Array.from([10, 255, 20, 255]), 2, 2))).toEqual([10, 20]);
  });
});

describe('analysePage', () => {
  it('measures a grey PGM page (one channel, no flatten) exactly as the same pixels in RGB', async () => {
    const png = path.join(dir, 'same.png');
    await blocks(png, 2400, 3000, 230);
    // A lighting gradient over the blocks, so uniformity is not trivially 1.
    const { data } = await sharp(png).extractChannel(0).raw().toBuffer({ resolveWithObject: true });
    for (let i = 0; i < data.length; i++) data[i] = Math.max(0, data[i] - Math.floor((i % 2400) / 120));
    const pgm = path.join(dir, 'same.pgm');
    await writePgm(pgm, data, 2400, 3000);
    const rgb = path.join(dir, 'same-rgb.png');
    await sharp(data, { raw: { width: 2400, height: 3000, channels: 1 } })
      .toColourspace('srgb')
      .png()
      .toFile(rgb);
    const [fromPgm, fromRgb] = await Promise.all([analysePage(pgm), analysePage(rgb)]);
    expect(fromPgm.glyphHeight).toBeGreaterThan(15);
    expect(fromPgm.uniformity).toBeLessThan(1);
    expect(fromPgm).toEqual(fromRgb);
  });

  it('measures glyphs in original pixels, also when it analyses a reduced copy', async () => {
    const file = path.join(dir, 'big.png');
    await blocks(file, 2400, 3000, 250);
    const a = await analysePage(file);
    expect(a.width).toBe(2400);
    expect(a.height).toBe(3000);
    // Analysed at 1200 px high (factor 0.4): 20 px glyphs are ~8 px there, reported back as ~20.
    expect(a.glyphHeight).toBeGreaterThan(17);
    expect(a.glyphHeight).toBeLessThan(23);
    expect(a.clean).toBe(true);
  });

  it('sees a page with no flat paper tone as a photo', async () => {
    const data = Buffer.alloc(600 * 400);
    for (let i = 0; i < data.length; i++) data[i] = 60 + ((i % 600) * 180) / 600;
    const file = path.join(dir, 'gradient.png');
    await sharp(data, { raw: { width: 600, height: 400, channels: 1 } })
      .png()
      .toFile(file);
    const a = await analysePage(file);
    expect(a.clean).toBe(false);
    expect(a.uniformity).toBeLessThan(0.3);
  });
});
