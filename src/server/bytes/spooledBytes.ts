import { createReadStream } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';

// 1 MB reads: a typical upload in one or a few syscalls instead of 16+ at the 64 KB default.
const READ_CHUNK = 1024 * 1024;

/** Random reads of spooled bytes (headers, TIFF directories). */
export interface ByteReader {
  readonly size: number;
  /** Up to `length` bytes from `offset` (fewer past the end). */
  read(offset: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
}

/**
 * Bytes of a request (an upload, a decoded or fetched image), held in memory when small and in a
 * temp file otherwise. Readers do not need to know which: they stream, read ranges, or ask for a
 * path when a tool needs a file.
 */
export interface SpooledBytes {
  readonly size: number;
  /** The bytes as they sit in memory, or undefined when they are in a file. */
  readonly chunks: readonly Buffer[] | undefined;
  /** A fresh stream of all the bytes; every call starts over (a retry resends the same bytes). */
  stream(): Readable;
  reader(): Promise<ByteReader>;
  /** A file holding the bytes, for tools that read files; in-memory bytes are written out once. */
  path(): Promise<string>;
}

/** Bytes already in a file. */
export function fileBytes(path: string, size: number): SpooledBytes {
  return {
    size,
    chunks: undefined,
    stream: () => createReadStream(path, { highWaterMark: READ_CHUNK }),
    reader: async () => {
      const fh = await open(path, 'r');
      return {
        size,
        read: async (offset, length) => {
          const buf = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
          const { bytesRead } = await fh.read(buf, 0, buf.length, offset);
          return buf.subarray(0, bytesRead);
        },
        close: () => fh.close(),
      };
    },
    path: async () => path,
  };
}

/**
 * Bytes kept in memory as the chunks they arrived in (no copy). `toFile` names the file to write
 * them to if a tool asks for a path.
 */
export function memoryBytes(chunks: readonly Buffer[], toFile: () => Promise<string>): SpooledBytes {
  const size = chunks.reduce((n, c) => n + c.length, 0);
  let written: Promise<string> | undefined;
  const read = async (offset: number, length: number) => sliceOf(chunks, offset, length);
  return {
    size,
    chunks,
    stream: () => Readable.from(chunks, { objectMode: false }),
    reader: async () => ({ size, read, close: async () => undefined }),
    path: () =>
      (written ??= toFile().then(async (path) => {
        await writeFile(path, chunks, { mode: 0o600 });
        return path;
      })),
  };
}

/** Bytes [offset, offset + length) of a chunk list: a view when one chunk holds them, else a copy. */
export function sliceOf(chunks: readonly Buffer[], offset: number, length: number): Buffer {
  const parts: Buffer[] = [];
  let start = 0;
  let want = Math.max(0, length);
  for (const c of chunks) {
    const end = start + c.length;
    if (want > 0 && end > offset) {
      const from = Math.max(0, offset - start);
      const piece = c.subarray(from, from + want);
      parts.push(piece);
      want -= piece.length;
      offset += piece.length;
    }
    start = end;
    if (want === 0) break;
  }
  return parts.length === 1 ? parts[0] : Buffer.concat(parts);
}
