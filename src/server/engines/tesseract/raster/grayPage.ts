import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { parsePnmSize } from './pgm.ts';
import type { RenderedPage } from './pageTypes.ts';

export interface GrayPixels {
  data: Uint8Array;
  width: number;
  height: number;
}

/**
 * The page tesseract read, as 8-bit luminance in the same pixel frame (for table detection).
 * PGM pages are read directly (sharp cannot decode them); others through sharp, flattened on white.
 */
export async function readGrayPage(page: RenderedPage): Promise<GrayPixels> {
  if (page.path.endsWith('.pgm')) {
    const bytes = await readFile(page.path);
    const { width, height } = parsePnmSize(bytes.subarray(0, 256));
    const pixels = bytes.subarray(bytes.length - width * height);
    return { data: new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.length), width, height };
  }
  const { data, info } = await sharp(page.path)
    .flatten({ background: '#ffffff' })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
    width: info.width,
    height: info.height,
  };
}
