import sharp from 'sharp';
import type { GrayImage } from './types.ts';

/**
 * Decodes an image file into 8-bit luminance. Pixels stay as stored (EXIF orientation is not
 * applied) because tesseract reads them that way, and word boxes must share the frame.
 * Transparency is flattened onto white so transparent PNG backgrounds do not read as ink.
 */
export async function loadGray(path: string): Promise<GrayImage> {
  const { data, info } = await sharp(path)
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
