import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { SizeLimitError, spoolToFile } from './spool.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spool-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function chunks(n: number, size: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= n) this.push(null);
      else {
        sent++;
        this.push(Buffer.alloc(size, sent));
      }
    },
  });
}

describe('spoolToFile', () => {
  it('writes the stream to disk and counts its bytes', async () => {
    const path = join(dir, 'a');
    expect(await spoolToFile(chunks(3, 1000), path, 3000)).toBe(3000);
    const data = await readFile(path);
    expect(data.length).toBe(3000);
    expect(data[2999]).toBe(3);
  });

  it('stops once the limit is passed, without reading the rest, and leaves no file', async () => {
    const source = chunks(1000, 1024);
    const path = join(dir, 'b');
    await expect(spoolToFile(source, path, 10 * 1024)).rejects.toBeInstanceOf(SizeLimitError);
    expect(source.destroyed).toBe(true);
    expect(await readdir(dir)).toEqual([]);
  });

  it('removes the partial file when the source fails', async () => {
    const source = new Readable({
      read() {
        this.push(Buffer.alloc(10));
        this.destroy(new Error('client went away'));
      },
    });
    await expect(spoolToFile(source, join(dir, 'c'), 100)).rejects.toThrow('client went away');
    expect(await readdir(dir)).toEqual([]);
  });
});
