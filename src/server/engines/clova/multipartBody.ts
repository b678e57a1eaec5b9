import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { SpooledBytes } from '../../bytes/spooledBytes.ts';

// 1 MB reads: a typical upload in one or a few syscalls and socket writes instead of 16+ at the
// 64 KB default (measured ~1 ms of relay overhead per 1 MB upload).
const READ_CHUNK = 1024 * 1024;

export interface StreamBody {
  contentType: string;
  length: number;
  /** A fresh stream of the whole body; called again for each retry. */
  open(): Readable;
  /**
   * The whole body as buffers already in memory, when it is: the caller writes them in one go
   * (one socket write) instead of streaming. Reused as is for each retry.
   */
  chunks?: readonly Buffer[];
}

export interface MultipartFile {
  bytes: SpooledBytes;
  size: number;
  fileName?: string;
  mimeType?: string;
}

/**
 * A file name as a quoted header value. Quotes and line breaks would end it early: they are
 * percent-encoded as browsers do (WHATWG parsers decode them back). Other control characters
 * (NUL...) have no business in a header and some parsers stop at them: they are dropped.
 */
function headerSafe(name: string): string {
  let out = '';
  for (const c of name) {
    const code = c.charCodeAt(0);
    if (c === '"') out += '%22';
    else if (c === '\r') out += '%0D';
    else if (c === '\n') out += '%0A';
    else if (code >= 0x20 && code !== 0x7f) out += c;
  }
  return out;
}

/**
 * CLOVA's multipart request (`message` then `file`), built by hand around the spooled bytes, with
 * an exact Content-Length: an upload held in memory is sent as the chunks it arrived in (no copy),
 * one on disk streams from its file.
 */
export function multipartBody(
  message: string,
  file: MultipartFile,
  boundary = `----ocr-relay-${randomBytes(12).toString('hex')}`,
): StreamBody {
  const fileName = headerSafe(file.fileName || 'image');
  const head = Buffer.from(
    `--${boundary}\r\n` +
      `Content-Disposition: form-data; name="message"\r\n\r\n` +
      `${message}\r\n` +
      `--${boundary}\r\n` +
      `Content-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      `Content-Type: ${(file.mimeType || 'application/octet-stream').replace(/[\r\n]/g, '')}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const inMemory = file.bytes.chunks;
  const chunks = inMemory ? [head, ...inMemory, tail] : undefined;
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    length: head.length + file.size + tail.length,
    chunks,
    open: () =>
      chunks
        ? Readable.from(chunks, { objectMode: false })
        : Readable.from(
            (async function* () {
              yield head;
              yield* file.bytes.stream();
              yield tail;
            })(),
          ),
  };
}

/** A JSON body already in memory. */
export function jsonBody(bytes: Buffer): StreamBody {
  return {
    contentType: 'application/json',
    length: bytes.length,
    chunks: [bytes],
    open: () => Readable.from([bytes]),
  };
}

/** A JSON body spooled to disk, streamed from there on every attempt. */
export function jsonFileBody(file: { path: string; size: number }): StreamBody {
  return {
    contentType: 'application/json',
    length: file.size,
    open: () => createReadStream(file.path, { highWaterMark: READ_CHUNK }),
  };
}
