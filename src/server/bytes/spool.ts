import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Transform } from 'node:stream';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** The stream carried more than the allowed number of bytes. */
export class SizeLimitError extends Error {
  constructor(readonly maxBytes: number) {
    super(`more than ${maxBytes} bytes`);
    this.name = 'SizeLimitError';
  }
}

/** Counts bytes and fails the pipeline the moment the count passes `maxBytes`. */
export function byteLimit(maxBytes: number, counter: { bytes: number }): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      counter.bytes += chunk.length;
      if (counter.bytes > maxBytes) cb(new SizeLimitError(maxBytes));
      else cb(null, chunk);
    },
  });
}

/**
 * Streams `source` into `path` (one copy, on disk) and returns the byte count. Stops reading and
 * removes the partial file as soon as the limit is passed or the signal aborts.
 */
export async function spoolToFile(
  source: Readable,
  path: string,
  maxBytes: number,
  signal?: AbortSignal,
): Promise<number> {
  const counter = { bytes: 0 };
  try {
    await pipeline(source, byteLimit(maxBytes, counter), createWriteStream(path), { signal });
    return counter.bytes;
  } catch (err) {
    await rm(path, { force: true });
    throw err;
  }
}
