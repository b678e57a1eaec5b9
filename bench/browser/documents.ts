import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { koreanPage } from '../engine/pages.ts';
import { makePdf, makeTiff } from '../../test/support/documents.ts';

/** A blank white A4 page at 300 dpi (the size of the synthetic response's pages). */
export function blankPage(width = 2480, height = 3508): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .png()
    .toBuffer();
}

/** A 10-page PDF of scanned-like A4 Korean text pages at 300 dpi (each page an image, as a scan is). */
export async function tenPagePdf(): Promise<Buffer> {
  return makePdf(await Promise.all(Array.from({ length: 10 }, (_, i) => koreanPage(32, i))));
}

/**
 * A text page with scanner noise (±`amplitude` grey levels per pixel), so LZW cannot squeeze it:
 * the size of a real multi-page scan.
 */
async function noisyScan(variant: number, amplitude: number): Promise<Buffer> {
  const { data, info } = await sharp(await koreanPage(32, variant))
    .raw()
    .toBuffer({ resolveWithObject: true });
  const noise = randomBytes(data.length);
  for (let i = 0; i < data.length; i++) {
    const v = data[i] + ((noise[i] % (2 * amplitude + 1)) - amplitude);
    data[i] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .withMetadata({ density: 300 })
    .png()
    .toBuffer();
}

// Grey levels of noise: about 17 MB per LZW page, so three pages make the ~50 MB the issue asks for.
const NOISE = 10;

/** A multi-page LZW TIFF of noisy A4 scans, with as many pages as it takes to reach `bytes`. */
export async function largeTiff(bytes: number): Promise<{ tiff: Buffer; pages: number }> {
  // makeTiff joins pages with libvips, which wants at least two.
  const pages: Buffer[] = [await noisyScan(0, NOISE)];
  for (;;) {
    pages.push(await noisyScan(pages.length, NOISE));
    const tiff = await makeTiff(pages);
    if (tiff.length >= bytes * 0.9 || pages.length >= 10) return { tiff, pages: pages.length };
  }
}
