import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { GrayImage } from './grayImage.ts';
import { decodePgm } from './pgm.ts';
import type { RenderedPage } from './pageTypes.ts';

/**
 * Decodes a page image file into 8-bit luminance: binary PGM (what the rasteriser writes, which
 * sharp cannot read) directly, anything else through sharp. Pixels stay as stored (EXIF
 * orientation is not applied) because tesseract reads them that way and word boxes must share the
 * frame; the rasteriser already turns EXIF-rotated inputs into upright PGMs. Transparency is
 * flattened onto white so transparent PNG backgrounds do not read as ink.
 */
export async function loadGray(path: string): Promise<GrayImage> {
  const file = await readFile(path);
  const pgm = decodePgm(file);
  if (pgm) return pgm;
  const { data, info } = await sharp(file)
    .flatten({ background: '#ffffff' })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 1) throw new Error(`loadGray: expected 1 channel, got ${info.channels}`);
  return {
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
    width: info.width,
    height: info.height,
  };
}

/** The page tesseract read, as luminance in the same pixel frame (for table detection). */
export function readGrayPage(page: RenderedPage): Promise<GrayImage> {
  return loadGray(page.path);
}
