import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { readGrayPage } from './grayPage.ts';
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
