import { open, rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { Writable } from 'node:stream';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { MemoryBudget } from './memoryBudget.ts';
import type { Scratch } from './scratch.ts';
import { SizeLimitError } from './spool.ts';
import { fileBytes, memoryBytes } from './spooledBytes.ts';
import type { SpooledBytes } from './spooledBytes.ts';

export interface SpoolOptions {
  /** More bytes than this fail with SizeLimitError (and stop the reading). */
  maxBytes: number;
  /** Uploads up to this size stay in memory (while `budget` allows); larger ones go to a file. */
  memoryLimit: number;
  budget: MemoryBudget;
  scratch: Scratch;
  /** File name in the scratch directory, if the bytes go (or are later written) to disk. */
  name: string;
  signal?: AbortSignal;
}

/**
 * Reads `source` to its end like a spooled temporary file: in memory up to `memoryLimit`, then
 * everything moves to a temp file and the rest streams there. Small uploads thus never touch
 * the disk; a 50 MB one never sits in memory. Budget taken is given back at scratch cleanup,
 * or as soon as the bytes move to disk or the reading fails.
 */
export async function spoolUpload(source: Readable, opts: SpoolOptions): Promise<SpooledBytes> {
  const sink = new SpoolSink(opts);
  try {
    await pipeline(source, sink, opts.signal ? { signal: opts.signal } : {});
  } catch (err) {
    await sink.discard();
    throw err;
  }
  if (sink.path) return fileBytes(sink.path, sink.size);
  const taken = sink.taken;
  opts.scratch.onCleanup(() => opts.budget.give(taken));
  return memoryBytes(sink.chunks, () => opts.scratch.path(opts.name));
}

class SpoolSink extends Writable {
  chunks: Buffer[] = [];
  size = 0;
  taken = 0;
  path: string | undefined;
  #file: FileHandle | undefined;
  /** The disk write under way, if any: a failure elsewhere must wait for it before cleaning up. */
  #writing: Promise<void> = Promise.resolve();

  constructor(private readonly opts: SpoolOptions) {
    super();
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    this.size += chunk.length;
    if (this.size > this.opts.maxBytes) return cb(new SizeLimitError(this.opts.maxBytes));
    if (!this.path && this.size <= this.opts.memoryLimit && this.opts.budget.take(chunk.length)) {
      this.taken += chunk.length;
      this.chunks.push(chunk);
      return cb();
    }
    this.#writing = this.#toFile(chunk);
    this.#writing.then(() => cb(), cb);
  }

  async #toFile(chunk: Buffer): Promise<void> {
    if (!this.#file) {
      this.path = await this.opts.scratch.path(this.opts.name);
      this.#file = await open(this.path, 'wx', 0o600);
      const held = this.chunks;
      this.chunks = [];
      for (const c of held) await writeAll(this.#file, c);
      this.#giveBack();
    }
    await writeAll(this.#file, chunk);
  }

  override _final(cb: (err?: Error | null) => void): void {
    const file = this.#file;
    this.#file = undefined;
    if (!file) return cb();
    file.close().then(() => cb(), cb);
  }

  #giveBack(): void {
    this.opts.budget.give(this.taken);
    this.taken = 0;
  }

  /** After a failure: no memory held, no partial file left. */
  async discard(): Promise<void> {
    await this.#writing.catch(() => undefined);
    this.chunks = [];
    this.#giveBack();
    const file = this.#file;
    this.#file = undefined;
    await file?.close().catch(() => undefined);
    if (this.path) await rm(this.path, { force: true });
  }
}

async function writeAll(file: FileHandle, buf: Buffer): Promise<void> {
  for (let done = 0; done < buf.length;) done += (await file.write(buf, done)).bytesWritten;
}
