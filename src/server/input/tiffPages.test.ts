import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { fileBytes } from '../bytes/spooledBytes.ts';
import type { ByteReader } from '../bytes/spooledBytes.ts';
import { buildTiff } from '../../../test/support/tiffBuilder.ts';
import { tiffPageSizes, TiffError } from './tiffPages.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiff-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A reader over `data` in a file (the larger case; memory readers share the same interface). */
async function file(name: string, data: Buffer): Promise<ByteReader> {
  const p = join(dir, name);
  await writeFile(p, data);
  return fileBytes(p, data.length).reader();
}

describe('tiffPageSizes', () => {
  it('reads the size of a real TIFF written by libvips', async () => {
    const data = await sharp({ create: { width: 123, height: 45, channels: 3, background: '#fff' } })
      .tiff()
      .toBuffer();
    expect(await tiffPageSizes(await file('real.tif', data))).toEqual([{ width: 123, height: 45 }]);
  });

  it('reads every page, in both byte orders', async () => {
    const pages = [
      { width: 10, height: 20 },
      { width: 70000, height: 80000 },
      { width: 3, height: 4 },
    ];
    expect(await tiffPageSizes(await file('le.tif', buildTiff(pages, 'II')))).toEqual(pages);
    expect(await tiffPageSizes(await file('be.tif', buildTiff(pages, 'MM')))).toEqual(pages);
  });

  it('refuses a looping IFD chain and offsets past the end', async () => {
    const loop = buildTiff([{ width: 1, height: 1 }]);
    loop.writeUInt32LE(8, 8 + 2 + 24); // next IFD points back at itself
    await expect(tiffPageSizes(await file('loop.tif', loop))).rejects.toBeInstanceOf(TiffError);
    const past = buildTiff([{ width: 1, height: 1 }]);
    past.writeUInt32LE(1_000_000, 4);
    await expect(tiffPageSizes(await file('past.tif', past))).rejects.toBeInstanceOf(TiffError);
  });

  it('refuses a page without a size and too many pages', async () => {
    const noSize = buildTiff([{ width: 1, height: 1 }]);
    noSize.writeUInt16LE(999, 10); // the width tag becomes an unknown tag
    await expect(tiffPageSizes(await file('nosize.tif', noSize))).rejects.toThrow(/no size/);
    const many = buildTiff(Array.from({ length: 5 }, () => ({ width: 1, height: 1 })));
    await expect(tiffPageSizes(await file('many.tif', many), 4)).rejects.toThrow(/more than 4 pages/);
  });
});
