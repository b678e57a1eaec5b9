import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { RelayError } from '../errors.ts';
import { base64ToFile } from './base64ToFile.ts';
import { SizeLimitError } from '../bytes/spool.ts';

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'b64-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const path = () => join(dir, `f${n++}`);

describe('base64ToFile', () => {
  it('round-trips any bytes, across slice boundaries', async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 7);
    const p = path();
    expect(await base64ToFile(bytes.toString('base64'), p, 10 * 1024 * 1024)).toBe(bytes.length);
    expect((await readFile(p)).equals(bytes)).toBe(true);
  });

  it('round-trips small inputs of every length', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 40 }), async (arr) => {
        const p = path();
        const bytes = Buffer.from(arr);
        expect(await base64ToFile(bytes.toString('base64'), p, 100)).toBe(bytes.length);
        expect((await readFile(p)).equals(bytes)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('accepts line breaks, URL-safe letters and a data: prefix', async () => {
    const bytes = Buffer.from([0xfb, 0xff, 0xfe, 1, 2, 3, 4]);
    const b64 = bytes.toString('base64');
    for (const text of [
      b64.replace(/(.{4})/g, '$1\r\n'),
      bytes.toString('base64url'),
      `data:image/png;base64,${b64}`,
    ]) {
      const p = path();
      await base64ToFile(text, p, 100);
      expect((await readFile(p)).equals(bytes)).toBe(true);
    }
  });

  it('refuses text that is not base64', async () => {
    for (const text of ['abc$', 'a', '====', 'ab=c']) {
      await expect(base64ToFile(text, path(), 100)).rejects.toBeInstanceOf(RelayError);
    }
  });

  it('refuses data that decodes past the limit before writing anything', async () => {
    await expect(base64ToFile(Buffer.alloc(101).toString('base64'), path(), 100)).rejects.toBeInstanceOf(
      SizeLimitError,
    );
    expect(await base64ToFile(Buffer.alloc(100).toString('base64'), path(), 100)).toBe(100);
  });
});
