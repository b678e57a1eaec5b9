import type { Multipart } from '@fastify/multipart';
import type { UploadLimits } from '../config.ts';
import { invalidBody } from '../errors.ts';
import { MAX_IMAGE_BYTES } from '../request/limits.ts';
import { translateMultipartError } from '../request/multipartErrors.ts';
import type { UploadedFile } from './documents.ts';
import { documentName, isClutter } from './names.ts';
import { isZip, unzipUpload } from './unzip.ts';

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/**
 * Reads every `file` part of an upload into memory (within MAX_UPLOAD_BYTES), unpacking zips as
 * it goes (within the zip limits). Other fields are ignored; file parts under another name are
 * refused, as /api/ocr/general refuses them.
 */
export async function readUpload(
  parts: AsyncIterable<Multipart>,
  limits: UploadLimits,
): Promise<UploadedFile[]> {
  const files: UploadedFile[] = [];
  const budget = { entries: Math.min(limits.maxFiles, limits.maxZipEntries), bytes: limits.maxUnzippedBytes };
  let total = 0;
  try {
    for await (const part of parts) {
      if (part.type !== 'file') continue;
      if (part.fieldname !== 'file') {
        part.file.destroy();
        throw invalidBody(`Unexpected file part '${part.fieldname}'; documents go in parts named 'file'.`);
      }
      const name = documentName(part.filename || 'upload', 'File');
      const bytes = await part.toBuffer();
      total += bytes.length;
      if (total > limits.maxBytes)
        throw invalidBody(`The upload is larger than ${mb(limits.maxBytes)} (MAX_UPLOAD_BYTES).`);
      if (isZip(bytes)) {
        files.push(...unzipUpload(bytes, name, limits, budget));
      } else if (!isClutter(name)) {
        if (bytes.length > MAX_IMAGE_BYTES)
          throw invalidBody(`${name} is larger than ${mb(MAX_IMAGE_BYTES)}, CLOVA's size limit.`);
        files.push({ name, bytes });
      }
      if (files.length > limits.maxFiles)
        throw invalidBody(`The upload holds more than ${limits.maxFiles} files (MAX_UPLOAD_FILES).`);
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT')
      throw invalidBody(`The upload holds more than ${limits.maxFiles} files (MAX_UPLOAD_FILES).`);
    if (code === 'FST_REQ_FILE_TOO_LARGE')
      throw invalidBody(`The upload is larger than ${mb(limits.maxBytes)} (MAX_UPLOAD_BYTES).`);
    throw translateMultipartError(err) ?? err;
  }
  if (files.length === 0)
    throw invalidBody("The upload has no documents: send them as multipart parts named 'file'.");
  return files;
}
