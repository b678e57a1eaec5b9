import { crc32 } from 'node:zlib';
import sharp from 'sharp';

/** A small real PNG (white with a dark bar, so OCR-free engines still get a plausible image). */
export async function smallPng(width = 64, height = 32): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#ffffff' } })
    .composite([
      {
        input: {
          create: {
            width: Math.max(1, width >> 1),
            height: Math.max(1, height >> 2),
            channels: 3,
            background: '#202020',
          },
        },
        top: height >> 2,
        left: width >> 2,
      },
    ])
    .png()
    .toBuffer();
}

export async function smallJpeg(width = 64, height = 32): Promise<Buffer> {
  return sharp(await smallPng(width, height))
    .jpeg()
    .toBuffer();
}

/** A valid small PNG whose IHDR claims `width` x `height` (a decompression-bomb header). */
export async function pngClaimingSize(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await smallPng(8, 8));
  // Signature (8) + chunk length (4) + "IHDR" (4), then width and height.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

/** A valid small JPEG whose SOF header claims `width` x `height`. */
export async function jpegClaimingSize(width: number, height: number): Promise<Buffer> {
  const jpg = Buffer.from(await smallJpeg(8, 8));
  for (let i = 2; i + 9 < jpg.length;) {
    if (jpg[i] !== 0xff) throw new Error('unexpected JPEG layout');
    const marker = jpg[i + 1];
    const len = jpg.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xc3) {
      jpg.writeUInt16BE(height, i + 5);
      jpg.writeUInt16BE(width, i + 7);
      return jpg;
    }
    i += 2 + len;
  }
  throw new Error('no SOF marker');
}

/** A one-page PDF with no content: enough for checks that only look at the header. */
export function tinyPdf(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 100 100]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
}
