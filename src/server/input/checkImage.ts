import { FORMATS } from '../../clova/index.ts';
import { invalidBody } from '../errors.ts';
import type { SpooledBytes } from '../bytes/spooledBytes.ts';
import { containerOf, HEAD_BYTES, sniffContainer } from './magic.ts';
import { declaredPageSizes, firstOversizedPage } from './pixels.ts';

const NAMES = { jpeg: 'JPEG', png: 'PNG', pdf: 'PDF', tiff: 'TIFF' } as const;

const mp = (pixels: number) => `${(pixels / 1e6).toFixed(1)} MP`;

/**
 * Checks a spooled image before any engine sees it: not empty, of the format the request names
 * (by magic bytes), and no page declaring more pixels than `maxPixels` (decompression bombs).
 * Throws a 0011 RelayError saying what is wrong.
 */
export async function checkImage(
  image: { bytes: SpooledBytes; size: number; format: string },
  maxPixels: number,
): Promise<void> {
  if (image.size === 0) throw invalidBody('The image is empty (0 bytes).');
  const expected = containerOf(image.format);
  if (!expected)
    throw invalidBody(`Format '${image.format}' is not supported; use one of ${FORMATS.join(', ')}.`);

  const reader = await image.bytes.reader();
  const head = await reader.read(0, HEAD_BYTES).finally(() => reader.close());
  const actual = sniffContainer(head);
  if (actual !== expected) {
    const what = actual ? `a ${NAMES[actual]} file` : 'not a JPEG, PNG, PDF or TIFF file';
    throw invalidBody(`images[0].format is '${image.format}' but the file is ${what}.`);
  }

  let pages;
  try {
    pages = await declaredPageSizes(image.bytes, expected);
  } catch (err) {
    throw invalidBody(`The ${NAMES[expected]} header could not be read (${(err as Error).message}).`);
  }
  const over = firstOversizedPage(pages, maxPixels);
  if (over) {
    const { width, height } = over.size;
    const where = pages.length > 1 ? ` on page ${over.page}` : '';
    throw invalidBody(
      `The image is ${width}x${height} pixels (${mp(width * height)})${where}; the relay accepts at most ${mp(maxPixels)} per page (MAX_IMAGE_PIXELS).`,
    );
  }
}
