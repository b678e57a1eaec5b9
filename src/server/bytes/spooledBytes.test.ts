import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { fileBytes, memoryBytes, sliceOf } from './spooledBytes.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spooled-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const data = Buffer.from('0123456789abcdefghij');
const chunks = [data.subarray(0, 3), data.subarray(3, 10), data.subarray(10, 11), data.subarray(11)];

describe('sliceOf', () => {
  it('returns any range of a chunk list, across chunk boundaries and cut at the end', () => {
    for (let offset = 0; offset <= data.length + 2; offset++)
      for (let length = 0; length <= data.length + 2; length++)
        expect(sliceOf(chunks, offset, length).toString()).toBe(
          data.subarray(offset, offset + length).toString(),
        );
  });

  it('is a view, not a copy, when one chunk holds the range', () => {
    const s = sliceOf(chunks, 4, 5);
    expect(s.buffer).toBe(data.buffer);
  });
});

describe('memoryBytes', () => {
  it('streams, reads and sizes the chunks as one content, again on every call', async () => {
    const bytes = memoryBytes(chunks, async () => join(dir, 'never'));
    expect(bytes.size).toBe(data.length);
    expect(bytes.chunks).toBe(chunks);
    expect((await buffer(bytes.stream())).equals(data)).toBe(true);
    expect((await buffer(bytes.stream())).equals(data)).toBe(true);
    const reader = await bytes.reader();
    expect((await reader.read(8, 4)).toString()).toBe('89ab');
    await reader.close();
  });

  it('writes a file only when a path is asked for, once', async () => {
    const path = join(dir, 'mem');
    let asked = 0;
    const bytes = memoryBytes(chunks, async () => {
      asked++;
      return path;
    });
    expect(await bytes.path()).toBe(path);
    expect(await bytes.path()).toBe(path);
    expect(asked).toBe(1);
    expect((await readFile(path)).equals(data)).toBe(true);
  });
});

describe('fileBytes', () => {
  it('streams and reads the file, short reads past its end', async () => {
    const path = join(dir, 'f');
    await writeFile(path, data);
    const bytes = fileBytes(path, data.length);
    expect(bytes.chunks).toBeUndefined();
    expect(await bytes.path()).toBe(path);
    expect((await buffer(bytes.stream())).equals(data)).toBe(true);
    const reader = await bytes.reader();
    try {
      expect((await reader.read(18, 10)).toString()).toBe('ij');
      expect((await reader.read(30, 4)).length).toBe(0);
    } finally {
      await reader.close();
    }
  });
});
