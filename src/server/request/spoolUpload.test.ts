import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { MemoryBudget } from './memoryBudget.ts';
import { Scratch } from './scratch.ts';
import { SizeLimitError } from '../bytes/spool.ts';
import { spoolUpload } from './spoolUpload.ts';
import type { SpoolOptions } from './spoolUpload.ts';

let root: string;
let scratch: Scratch;
let budget: MemoryBudget;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'spool-upload-'));
  scratch = new Scratch(root);
  budget = new MemoryBudget(1000);
});
afterEach(async () => {
  await scratch.cleanup();
  await rm(root, { recursive: true, force: true });
});

/** `n` chunks of `size` bytes, chunk i filled with i + 1. */
function source(n: number, size: number, failAfter?: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (failAfter !== undefined && sent === failAfter) this.destroy(new Error('client went away'));
      else if (sent >= n) this.push(null);
      else this.push(Buffer.alloc(size, ++sent));
    },
  });
}
const expected = (n: number, size: number) =>
  Buffer.concat(Array.from({ length: n }, (_, i) => Buffer.alloc(size, i + 1)));
const opts = (over: Partial<SpoolOptions> = {}): SpoolOptions => ({
  maxBytes: 10_000,
  memoryLimit: 500,
  budget,
  scratch,
  name: 'upload',
  ...over,
});
const tempFiles = async () => {
  const dirs = await readdir(root);
  return (await Promise.all(dirs.map((d) => readdir(join(root, d))))).flat();
};

describe('spoolUpload', () => {
  it('keeps an upload up to the memory limit in memory, touching no disk, and gives the budget back at cleanup', async () => {
    const bytes = await spoolUpload(source(5, 100), opts());
    expect(bytes.chunks).toBeDefined();
    expect(bytes.size).toBe(500);
    expect((await buffer(bytes.stream())).equals(expected(5, 100))).toBe(true);
    expect(await readdir(root)).toEqual([]);
    expect(budget.used).toBe(500);
    await scratch.cleanup();
    expect(budget.used).toBe(0);
  });

  it('moves everything to one file once the upload passes the memory limit', async () => {
    const bytes = await spoolUpload(source(6, 100), opts());
    expect(bytes.chunks).toBeUndefined();
    expect(bytes.size).toBe(600);
    expect(await tempFiles()).toEqual(['upload']);
    expect((await readFile(await bytes.path())).equals(expected(6, 100))).toBe(true);
    expect(budget.used).toBe(0);
    await scratch.cleanup();
    expect(await readdir(root)).toEqual([]);
  });

  it('goes to disk when the shared budget cannot hold the upload', async () => {
    budget.take(950);
    const bytes = await spoolUpload(source(2, 100), opts());
    expect(bytes.chunks).toBeUndefined();
    expect((await readFile(await bytes.path())).equals(expected(2, 100))).toBe(true);
    expect(budget.used).toBe(950);
  });

  it('writes an in-memory upload to the scratch dir when a tool asks for a path, removed at cleanup', async () => {
    const bytes = await spoolUpload(source(2, 10), opts());
    const path = await bytes.path();
    expect((await readFile(path)).equals(expected(2, 10))).toBe(true);
    await scratch.cleanup();
    expect(await readdir(root)).toEqual([]);
  });

  it.each([
    ['in memory', 10_000],
    ['on disk', 50],
  ])(
    'stops past maxBytes (%s): SizeLimitError, source destroyed, no file, no budget held',
    async (_w, limit) => {
      const src = source(100, 100);
      const err = await spoolUpload(src, opts({ maxBytes: 450, memoryLimit: limit })).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(SizeLimitError);
      expect(src.destroyed).toBe(true);
      expect(await tempFiles()).toEqual([]);
      expect(budget.used).toBe(0);
    },
  );

  it.each([
    ['in memory', 10_000],
    ['on disk', 50],
  ])('fails, leaving nothing, when the source closes before its end (%s)', async (_w, limit) => {
    let sent = 0;
    const src = new Readable({
      read() {
        if (sent++ < 3) this.push(Buffer.alloc(100, 1));
        else this.destroy();
      },
    });
    await expect(spoolUpload(src, opts({ memoryLimit: limit }))).rejects.toThrow(/closed before its end/);
    expect(await tempFiles()).toEqual([]);
    expect(budget.used).toBe(0);
  });

  it.each([
    ['in memory', 10_000],
    ['on disk', 50],
  ])('leaves no file and no budget held when the source fails (%s)', async (_w, limit) => {
    await expect(spoolUpload(source(10, 100, 3), opts({ memoryLimit: limit }))).rejects.toThrow(
      'client went away',
    );
    expect(await tempFiles()).toEqual([]);
    expect(budget.used).toBe(0);
  });
});
