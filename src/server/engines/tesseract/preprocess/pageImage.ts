import { readFile } from 'node:fs/promises';
import sharp, { type Sharp } from 'sharp';
import { decodePgm } from '../raster/pgm.ts';

/** A page image the preprocessing can open as often as it needs, whatever file format it came in. */
export interface PageImage {
  width: number;
  height: number;
  /** 8-bit grey without alpha (the engine's PGM pages): nothing to flatten or convert to grey. */
  grey: boolean;
  /** A fresh sharp pipeline on the page's pixels (sharp pipelines are single-use). */
  open(): Sharp;
}

/**
 * Opens a page file. The engine hands over PDF pages and converted bitmaps as binary PGM (see
 * raster/pgm.ts), which sharp cannot decode, so those are read here and passed to sharp as raw
 * grey pixels; every other format goes to sharp as a file.
 */
export async function openPageImage(path: string): Promise<PageImage> {
  if (/\.pgm$/i.test(path)) {
    const gray = decodePgm(await readFile(path));
    if (!gray) throw new Error(`${path}: not a binary PGM image`);
    const { width, height } = gray;
    const pixels = Buffer.from(gray.data.buffer, gray.data.byteOffset, gray.data.length);
    return { width, height, grey: true, open: () => sharp(pixels, { raw: { width, height, channels: 1 } }) };
  }
  const meta = await sharp(path).metadata();
  return { width: meta.width, height: meta.height, grey: false, open: () => sharp(path) };
}
