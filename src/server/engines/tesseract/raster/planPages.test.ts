import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { planPages } from './planPages.ts';
import { RasterError } from './pageTypes.ts';
import { PDF_DPI } from './limits.ts';
import { makeJpeg, makePdf, makeTiff, renderTextPage } from '../../../../../test/support/documents.ts';

const dir = mkdtempSync(join(tmpdir(), 'plan-pages-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const signal = new AbortController().signal;

function page(text: string, width = 400, height = 240) {
  return renderTextPage({ lines: [text], lang: 'en', width, height, dpi: 100, margin: 20 });
}
function save(name: string, bytes: Buffer) {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

describe('planPages', () => {
  it('passes an upright PNG through untouched', async () => {
    const path = save('a.png', await page('PNG'));
    const jobs = await planPages({ path, format: 'png' }, dir, signal);
    expect(jobs).toHaveLength(1);
    expect(await jobs[0].render(signal)).toEqual({ path, width: 400, height: 240 });
  });

  it('applies EXIF orientation 6 so the page has its displayed size', async () => {
    const path = save('r.jpg', await makeJpeg(await page('JPEG'), { orientation: 6 }));
    expect((await sharp(path).metadata()).width).toBe(240); // stored sideways
    const [job] = await planPages({ path, format: 'jpg' }, dir, signal);
    const r = await job.render(signal);
    expect(r).toMatchObject({ width: 400, height: 240 });
    expect(r.path).not.toBe(path);
    // Upright, not turned the wrong way: the ink sits in the top-left quarter, next to the margin.
    const ink = inkBounds(readFileSync(r.path), r.width, r.height);
    expect(ink.minX).toBeLessThan(40);
    expect(ink.minY).toBeLessThan(40);
    expect(ink.maxY).toBeLessThan(120);
  });

  it('splits a multi-page TIFF and a PDF into ordered pages', async () => {
    const pages = [await page('one'), await page('two', 300, 200), await page('three')];
    const tiff = save('m.tif', await makeTiff(pages.slice(0, 2)));
    const tjobs = await planPages({ path: tiff, format: 'tiff' }, dir, signal);
    expect(tjobs.map((j) => j.pageIndex)).toEqual([0, 1]);
    expect(await tjobs[1].render(signal)).toMatchObject({ width: 400, height: 240 }); // padded to the largest

    const pdf = save('m.pdf', await makePdf(pages));
    const pjobs = await planPages({ path: pdf, format: 'pdf' }, dir, signal);
    expect(pjobs.map((j) => j.pageIndex)).toEqual([0, 1, 2]);
    // The 3 x 2 inch page (drawn at 100 dpi) comes back in PDF_DPI pixels.
    expect(await pjobs[1].render(signal)).toMatchObject({
      width: 3 * PDF_DPI,
      height: 2 * PDF_DPI,
      dpi: PDF_DPI,
    });
  });

  it('refuses more than 10 pages and unreadable files', async () => {
    const p = await page('x', 200, 100);
    const pdf = save('eleven.pdf', await makePdf(Array.from({ length: 11 }, () => p)));
    const e = await planPages({ path: pdf, format: 'pdf' }, dir, signal).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RasterError);
    expect((e as RasterError).kind).toBe('too-many-pages');
    expect((e as RasterError).message).toContain('at most 10 pages');

    const bad = save('bad.pdf', Buffer.from('%PDF-1.7 garbage'));
    await expect(planPages({ path: bad, format: 'pdf' }, dir, signal)).rejects.toMatchObject({
      kind: 'unreadable',
    });
    const badTiff = save('bad.tif', Buffer.from('II*\0garbage'));
    await expect(planPages({ path: badTiff, format: 'tif' }, dir, signal)).rejects.toMatchObject({
      kind: 'unreadable',
    });
  });
});

/** Bounding box of dark pixels in a P5 PGM of known size (its pixels are the last w*h bytes). */
function inkBounds(pgm: Buffer, w: number, h: number) {
  const px = pgm.subarray(pgm.length - w * h);
  const b = { minX: w, minY: h, maxX: -1, maxY: -1 };
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++)
      if (px[y * w + x] < 128) {
        b.minX = Math.min(b.minX, x);
        b.minY = Math.min(b.minY, y);
        b.maxX = Math.max(b.maxX, x);
        b.maxY = Math.max(b.maxY, y);
      }
  return b;
}
