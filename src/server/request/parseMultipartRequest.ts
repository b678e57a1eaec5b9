import type { Multipart } from '@fastify/multipart';
import type { SpooledImage } from '../engines/engine.ts';
import { invalidBody } from '../errors.ts';
import { imageTooLarge, MAX_IMAGE_BYTES, MEMORY_SPOOL_BYTES } from './limits.ts';
import { MESSAGE_TOO_LARGE, translateMultipartError } from './multipartErrors.ts';
import type { ParsedRequest } from './parsedRequest.ts';
import { parseJsonSafely } from './safeJson.ts';
import type { Scratch } from './scratch.ts';
import type { MemoryBudget } from './memoryBudget.ts';
import { SizeLimitError } from '../bytes/spool.ts';
import { spoolUpload } from './spoolUpload.ts';
import { validateRequest } from './validateRequest.ts';
import type { ValidRequest } from './validateRequest.ts';

/**
 * A multipart request (`message` + `file`, in either order, as CLOVA's curl example sends them).
 * The file is spooled as it arrives (memory when small, a temp file past MEMORY_SPOOL_BYTES or when
 * `budget` is spent); the message is checked as soon as it is seen so a bad message fails before a
 * large file is read.
 */
export async function parseMultipartRequest(
  parts: AsyncIterable<Multipart>,
  scratch: Scratch,
  budget: MemoryBudget,
): Promise<ParsedRequest> {
  let message: string | undefined;
  let valid: ValidRequest | undefined;
  let file: Omit<SpooledImage, 'format'> | undefined;
  try {
    for await (const part of parts) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          part.file.destroy();
          throw invalidBody(
            `Unexpected file part '${part.fieldname}'; the image goes in a part named 'file'.`,
          );
        }
        if (file) throw invalidBody("The multipart body has more than one 'file' part.");
        const bytes = await spoolUpload(part.file, {
          maxBytes: MAX_IMAGE_BYTES,
          memoryLimit: MEMORY_SPOOL_BYTES,
          budget,
          scratch,
          name: 'upload',
        });
        if (part.file.truncated) throw imageTooLarge();
        file = {
          bytes,
          size: bytes.size,
          fileName: part.filename || undefined,
          mimeType: part.mimetype || undefined,
        };
      } else if (part.fieldname === 'message') {
        if (message !== undefined) throw invalidBody("The multipart body has more than one 'message' part.");
        if (part.valueTruncated) throw MESSAGE_TOO_LARGE();
        // A part sent as application/json arrives already parsed.
        message = typeof part.value === 'string' ? part.value : JSON.stringify(part.value);
        const json = parseJsonSafely(message);
        if (!json.ok) throw invalidBody(`The message part is not valid JSON (${json.error}).`);
        valid = validateRequest(json.value, 'message part');
      }
      // Other text fields are ignored, as extra form fields are by most servers.
    }
  } catch (err) {
    if (err instanceof SizeLimitError) throw imageTooLarge();
    throw translateMultipartError(err) ?? err;
  }
  if (!valid || message === undefined) throw invalidBody("The multipart body has no 'message' part.");
  if (!file) throw invalidBody("The multipart body has no 'file' part.");
  const format = valid.request.images[0].format.toLowerCase();
  return { ...valid, multipart: true, original: { message }, image: { ...file, format } };
}
