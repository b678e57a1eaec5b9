import { MAX_IMAGE_BYTES } from '../../clova/index.ts';
import { invalidBody } from '../errors.ts';
import type { RelayError } from '../errors.ts';

export { MAX_IMAGE_BYTES };

/** A JSON body carries the image as base64 (4/3 of its size) plus a little JSON around it. */
export const JSON_BODY_LIMIT = Math.ceil(MAX_IMAGE_BYTES / 3) * 4 + 1024 * 1024;
/** The multipart `message` part is a small JSON document. */
export const MESSAGE_LIMIT = 1024 * 1024;
/** `message` and `file`, plus room for a few extra fields some clients add. */
export const MAX_PARTS = 10;
/** The largest multipart body the parts above can make: file, fields and their headers. */
export const MULTIPART_BODY_LIMIT = MAX_IMAGE_BYTES + MAX_PARTS * MESSAGE_LIMIT + 1024 * 1024;

/**
 * Uploads up to this size are kept in memory instead of a temp file: a phone photo or a scanned
 * page skips the disk (mkdir, write, read back, unlink cost ~3 ms per 1 MB upload). At most
 * MEMORY_SPOOL_TOTAL is held so across requests; past that, uploads spool to disk as before.
 */
export const MEMORY_SPOOL_BYTES = 4 * 1024 * 1024;
export const MEMORY_SPOOL_TOTAL = 64 * 1024 * 1024;

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** CLOVA has no "too large" code; its invalid-body code with a clear message is the closest. */
export function imageTooLarge(): RelayError {
  return invalidBody(`The image is larger than ${mb(MAX_IMAGE_BYTES)}, CLOVA's size limit.`);
}

export function bodyTooLarge(limit = JSON_BODY_LIMIT): RelayError {
  return invalidBody(
    `The request body is larger than ${mb(limit)}: the image must be at most ${mb(MAX_IMAGE_BYTES)} (CLOVA's size limit).`,
  );
}

/** busboy limits for the OCR route: one file a byte over the cap (so the cap is detected), few parts. */
export const MULTIPART_LIMITS = {
  fileSize: MAX_IMAGE_BYTES + 1,
  files: 1,
  parts: MAX_PARTS,
  fieldSize: MESSAGE_LIMIT,
  headerPairs: 100,
};
