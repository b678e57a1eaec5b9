import { createHash } from 'node:crypto';
import type { RelayConfig } from '../config.ts';
import { invalidBody } from '../errors.ts';
import { checkImage } from '../input/checkImage.ts';
import { sniffContainer } from '../input/magic.ts';
import { tiffPageSizes } from '../input/tiffPages.ts';
import { readPdfInfo } from '../raster/pdf-info.ts';
import { Scratch } from '../request/scratch.ts';
import { memoryBytes } from '../request/spooledBytes.ts';
import { OcrResponseSchema } from '../../clova/index.ts';
import type { NewDocument } from '../store/documents.ts';
import { extensionOf, stem } from './names.ts';

export interface UploadedFile {
  name: string;
  bytes: Buffer;
}

let serial = 0;

/** The store's format names: what CLOVA's `images[].format` calls each container. */
const FORMAT_OF = { jpeg: 'jpg', png: 'png', pdf: 'pdf', tiff: 'tiff' } as const;

export interface SortedUpload {
  documents: NewDocument[];
  /** Saved responses whose document is not in this upload: paired by name with stored ones. */
  orphanResponses: { name: string; response: string }[];
}

/**
 * Checks every file of an upload and pairs `name.json` responses with `name.png|pdf|tif…`
 * beside them. Documents are checked as /api/ocr/general checks an image (magic bytes, pixel
 * limits) and their pages counted; anything else is refused with its name, so nothing is half
 * stored.
 */
export async function sortUpload(files: UploadedFile[], config: RelayConfig): Promise<SortedUpload> {
  const responses = new Map<string, { name: string; response: string }>();
  const documents: NewDocument[] = [];
  const scratch = new Scratch(config.tmpDir);
  try {
    for (const f of files) {
      if (extensionOf(f.name) === 'json') {
        responses.set(stem(f.name), { name: f.name, response: checkedResponse(f) });
        continue;
      }
      documents.push(await checkedDocument(f, config, scratch));
    }
  } finally {
    await scratch.cleanup();
  }
  for (const d of documents) {
    const paired = responses.get(stem(d.name));
    if (paired) {
      d.response = paired.response;
      responses.delete(stem(d.name));
    }
  }
  return { documents, orphanResponses: [...responses.values()] };
}

function checkedResponse(f: UploadedFile): string {
  const text = f.bytes.toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw invalidBody(`${f.name} is not valid JSON (${(err as Error).message}).`);
  }
  if (!OcrResponseSchema.safeParse(value).success) {
    throw invalidBody(`${f.name} is not a CLOVA OCR response (version, requestId, timestamp, images).`);
  }
  return text;
}

async function checkedDocument(f: UploadedFile, config: RelayConfig, scratch: Scratch): Promise<NewDocument> {
  const container = sniffContainer(f.bytes);
  if (!container)
    throw invalidBody(`${f.name} is not a JPEG, PNG, PDF or TIFF file (nor a .json response or a .zip).`);
  const format = FORMAT_OF[container];
  const bytes = memoryBytes([f.bytes], () => scratch.path(`doc-${++serial}`));
  try {
    await checkImage({ bytes, size: f.bytes.length, format }, config.maxImagePixels);
  } catch (err) {
    throw invalidBody(`${f.name}: ${(err as Error).message}`);
  }
  let pages = 1;
  if (container === 'tiff') {
    const reader = await bytes.reader();
    pages = (await tiffPageSizes(reader).finally(() => reader.close())).length;
  } else if (container === 'pdf') {
    // pdfinfo reads a file: the memory bytes are written out once, into this upload's scratch.
    try {
      pages = (await readPdfInfo(await bytes.path(), 1)).pages;
    } catch (err) {
      throw invalidBody(`${f.name} is not a readable PDF (${(err as Error).message.split('\n')[0]}).`);
    }
  }
  return {
    name: f.name,
    bytes: f.bytes,
    sha256: createHash('sha256').update(f.bytes).digest('hex'),
    format,
    pages,
  };
}
