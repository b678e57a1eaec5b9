import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { formBody } from '../../test/support/formBody.ts';

/**
 * A PNG of RGB noise of about `bytes` bytes (noise does not compress, so the size is predictable):
 * a valid image the relay's checks accept, as large as asked.
 */
export async function noisePng(bytes: number): Promise<Buffer> {
  const width = 1024;
  const height = Math.max(1, Math.floor(bytes / (width * 3 + 1)));
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
}

/** The multipart body the app sends: `message` (CLOVA's request JSON) and `file`. */
export function ocrMultipart(file: Buffer, name = 'bench.png') {
  const message = JSON.stringify({
    version: 'V2',
    requestId: 'bench',
    timestamp: 0,
    lang: 'ko',
    images: [{ format: 'png', name: 'bench' }],
  });
  return formBody([
    { name: 'message', value: message },
    { name: 'file', file, fileName: name, type: 'image/png' },
  ]);
}
