import { readFile } from 'node:fs/promises';
import { RelayError, invalidBody } from '../errors.ts';
import { base64RangeToFile } from './base64RangeToFile.ts';
import { base64ToFile } from './base64ToFile.ts';
import { liftDataStrings } from './liftDataStrings.ts';
import { imageTooLarge, MAX_IMAGE_BYTES } from './limits.ts';
import type { ParsedRequest } from './parsedRequest.ts';
import { parseJsonSafely } from './safeJson.ts';
import type { Scratch } from './scratch.ts';
import { SizeLimitError } from '../bytes/spool.ts';
import { fileBytes } from '../bytes/spooledBytes.ts';
import { validateRequest } from './validateRequest.ts';

/**
 * A JSON request, already spooled to `body`: validates it, decodes `images[0].data` to a temp
 * file when present (data wins over url, as at CLOVA), otherwise keeps `images[0].url` for later.
 * The spooled body is what the clova engine forwards, unchanged.
 */
export async function parseJsonRequest(
  body: { path: string; size: number },
  scratch: Scratch,
): Promise<ParsedRequest> {
  const { text, lifted } = liftDataStrings(await readFile(body.path));
  const json = parseJsonSafely(text);
  if (!json.ok) throw invalidBody(`The body is not valid JSON (${json.error}).`);
  const valid = validateRequest(json.value);
  const { data, ...image } = valid.request.images[0];
  // The base64 text can be 67 MB: once on disk, the request keeps no reference to it.
  const base = {
    ...valid,
    request: { ...valid.request, images: [image] },
    multipart: false,
    original: { jsonFile: body },
  };

  if (typeof data === 'string' && data.length > 0) {
    const path = await scratch.path('image');
    const range = lifted.get(data);
    let size: number;
    try {
      size = range
        ? await base64RangeToFile(body.path, range, path, MAX_IMAGE_BYTES)
        : await base64ToFile(data, path, MAX_IMAGE_BYTES);
    } catch (err) {
      throw err instanceof SizeLimitError ? imageTooLarge() : err;
    }
    return {
      ...base,
      image: { bytes: fileBytes(path, size), size, format: image.format.toLowerCase(), fileName: image.name },
    };
  }
  if (typeof image.url === 'string' && image.url.length > 0) {
    if (!URL.canParse(image.url) || !/^https?:$/.test(new URL(image.url).protocol)) {
      throw new RelayError('0001', 'images[0].url is not an absolute http or https URL.');
    }
    return { ...base, url: image.url };
  }
  throw invalidBody('images[0] needs either data (base64) or url.');
}
