import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { countBitmapPages, prepareBitmapPage } from './bitmapPage.ts';
import { makeTiff, renderTextPage } from '../../../../../test/support/documents.ts';

const dir = mkdtempSync(join(tmpdir(), 'bitmap-page-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pixelsOf(path: string, w: number, h: number): Buffer {
  const b = readFileSync(path);
  return b.subarray(b.length - w * h);
}

describe('prepareBitmapPage', () => {
  it('flattens a transparent PNG on white instead of black', async () => {
    // Black text on a fully transparent background, as screenshots and exports often are.
    const path = join(dir, 'alpha.png');
    await sharp({
      create: { width: 40, height: 20, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toFile(path);
    const r = await prepareBitmapPage(path, 0, { forceConvert: false, outDir: dir });
    expect(r.path).not.toBe(path);
    expect(pixelsOf(r.path, 40, 20).every((v) => v === 255)).toBe(true);
  });

  it('scales a page above the pixel cap down to the cap, keeping the aspect ratio', async () => {
    const path = join(dir, 'big.png');
    await sharp({ create: { width: 400, height: 200, channels: 3, background: '#fff' } })
      .png()
      .toFile(path);
    const r = await prepareBitmapPage(path, 0, { forceConvert: false, outDir: dir, maxPixels: 20_000 });
    expect(r).toMatchObject({ width: 200, height: 100 });
  });

  it('reads each TIFF page by index', async () => {
    const a = await renderTextPage({ lines: ['a'], lang: 'en', width: 120, height: 90, dpi: 72, margin: 10 });
    const path = join(dir, 'two.tif');
    writeFileSync(path, await makeTiff([a, a, a]));
    expect(await countBitmapPages(path)).toBe(3);
    const r = await prepareBitmapPage(path, 2, { forceConvert: true, outDir: dir });
    expect(r).toMatchObject({ width: 120, height: 90 });
    expect(r.path.endsWith('page-3.pgm')).toBe(true);
  });
});
