import { invalidBody } from '../errors.ts';
import type { RelayError } from '../errors.ts';
import { imageTooLarge, MAX_PARTS, MESSAGE_LIMIT } from './limits.ts';

const BY_CODE: Record<string, () => RelayError> = {
  FST_PARTS_LIMIT: () => invalidBody(`The multipart body has more than ${MAX_PARTS} parts.`),
  FST_FILES_LIMIT: () =>
    invalidBody("The multipart body has more than one file part; send the image once, as 'file'."),
  FST_FIELDS_LIMIT: () => invalidBody(`The multipart body has more than ${MAX_PARTS} fields.`),
  FST_REQ_FILE_TOO_LARGE: imageTooLarge,
  FST_PROTO_VIOLATION: () => invalidBody('A multipart part has a reserved name (such as __proto__).'),
  FST_INVALID_JSON_FIELD_ERROR: () => invalidBody('The message part is not valid JSON.'),
  FST_MP_PREMATURE_CLOSE: () => invalidBody('The upload ended before the multipart body was complete.'),
  FST_INVALID_MULTIPART_CONTENT_TYPE: () => invalidBody('The request is not multipart/form-data.'),
};

/**
 * Errors from @fastify/multipart and busboy as CLOVA 0011 answers, or undefined for errors that
 * are not about the request's shape.
 */
export function translateMultipartError(err: unknown): RelayError | undefined {
  const e = err as { code?: string; message?: string };
  const known = e.code ? BY_CODE[e.code] : undefined;
  if (known) return known();
  // busboy's own parse errors carry no code, only these messages.
  if (e.message && /multipart|boundary|part header|terminated early/i.test(e.message)) {
    return invalidBody(`The multipart body is malformed (${e.message}).`);
  }
  return undefined;
}

export const MESSAGE_TOO_LARGE = () =>
  invalidBody(`The message part is larger than ${MESSAGE_LIMIT / 1024 / 1024} MB.`);
