import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { loadGray, readGrayPage } from './grayPage.ts';
import { writePgm } from './pgm.ts';

const dir = mkdtempSync(join(tmpdir(), 'gray-page-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readGrayPage', () => {
  it('reads a PGM page byte for byte', async () => {
    const path = join(dir, 'p.pgm');
    await writePgm(path, Buffer.from([0, 64, 128, 255, 10, 20]), 3, 2);
    const g = await readGrayPage({ path, width: 3, height: 2 });
    expect([g.width, g.height, [...g.data]]).toEqual([3, 2, [0, 64, 128, 255, 10, 20]]);
  });
  it('reads a PNG page as one band of luminance', async () => {
    const path = join(dir, 'p.png');
    await sharp({ create: { width: 4, height: 3, channels: 3, background: '#000000' } })
      .png()
      .toFile(path);
    const g = await readGrayPage({ path, width: 4, height: 3 });
    expect([g.width, g.height, g.data.length, Math.max(...g.data)]).toEqual([4, 3, 12, 0]);
  });
});

describe('loadGray', () => {
  it('reads one byte per pixel, with transparency flattened onto white', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'load-gray-'));
    try {
      // 3x2 RGBA: fully transparent except a black pixel at (1,0) and a mid-grey one at (2,1).
      const rgba = Buffer.alloc(3 * 2 * 4);
      rgba.set([0, 0, 0, 255], 4);
      rgba.set([128, 128, 128, 255], 20);
      const path = join(dir, 'p.png');
      await sharp(rgba, { raw: { width: 3, height: 2, channels: 4 } })
        .png()
        .toFile(path);
      const gray = await loadGray(path);
      expect([gray.width, gray.height]).toEqual([3, 2]);
      expect([...gray.data]).toEqual([255, 0, 255, 255, 255, 128]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('reads the binary PGM pages the rasteriser writes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'load-gray-'));
    try {
      const path = join(dir, 'page-1.pgm');
      await writeFile(path, Buffer.concat([Buffer.from('P5\n2 2\n255\n'), Buffer.from([0, 50, 100, 255])]));
      const gray = await loadGray(path);
      expect([gray.width, gray.height, ...gray.data]).toEqual([2, 2, 0, 50, 100, 255]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
