import path from 'node:path';
import sharp from 'sharp';
import type { Frame } from '../tables/frame.ts';
import { deskewImage } from './deskew.ts';
import { openPageImage } from './pageImage.ts';

export interface OcrCopy {
  path: string;
  /** OCR pixels per page pixel, x axis (the y ratio differs by rounding only). */
  scale: number;
  /** Present when the copy was turned upright: its boxes map back through it (deskew.ts). */
  frame?: Frame;
}

/**
 * The grey copy tesseract reads for a clean page: `source` enlarged to `width` x `height`
 * (lanczos3, which keeps stroke edges sharper than bilinear on 2-4x), then turned back by
 * `degrees` when the page is skewed. PNG with light compression: cheap to write, and any reader opens it.
 */
export async function ocrCopy(
  source: string,
  pageWidth: number,
  width: number,
  height: number,
  degrees: number,
  outDir: string,
): Promise<OcrCopy> {
  const { data, info } = await (
    await openPageImage(source)
  )
    .open()
    .flatten({ background: '#fff' })
    .grayscale()
    .resize(width, height, { fit: 'fill', kernel: 'lanczos3' })
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const enlarged = { data: new Uint8Array(data.buffer, data.byteOffset, data.length), ...info };
  const { image, frame } =
    degrees === 0 ? { image: enlarged, frame: undefined } : deskewImage(enlarged, degrees);
  const out = path.join(outDir, degrees === 0 ? 'page-upscaled.png' : 'page-deskewed.png');
  await sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.length), {
    raw: { width: image.width, height: image.height, channels: 1 },
  })
    .png({ compressionLevel: 1 })
    .toFile(out);
  return { path: out, scale: width / pageWidth, ...(frame ? { frame } : {}) };
}
