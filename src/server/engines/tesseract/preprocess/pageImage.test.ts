import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { writePgm } from '../raster/pgm.ts';
import { openPageImage } from './pageImage.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'page-image-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('openPageImage', () => {
  it('reads a binary PGM (which sharp cannot) with its size and pixels', async () => {
    const file = path.join(dir, 'page.pgm');
    const pixels = Buffer.from(Array.from({ length: 6 * 4 }, (_, i) => i * 10));
    await writePgm(file, pixels, 6, 4);
    const page = await openPageImage(file);
    expect([page.width, page.height]).toEqual([6, 4]);
    expect(page.grey).toBe(true);
    const { data, info } = await page.open().grayscale().raw().toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(1);
    expect(Array.from(data)).toEqual(Array.from(pixels));
    // Each call gives a new pipeline, so a page can be read twice.
    expect((await page.open().metadata()).width).toBe(6);
  });

  it('opens other formats through sharp', async () => {
    const file = path.join(dir, 'page.png');
    await sharp({ create: { width: 30, height: 20, channels: 3, background: '#888' } })
      .png()
      .toFile(file);
    const page = await openPageImage(file);
    expect([page.width, page.height]).toEqual([30, 20]);
    expect(page.grey).toBe(false);
    expect((await page.open().stats()).channels[0].mean).toBe(136);
  });
});
