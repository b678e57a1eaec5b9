import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { RelayError } from '../errors.ts';
import { base64RangeToFile } from './base64RangeToFile.ts';
import { base64ToFile } from './base64ToFile.ts';
import { SizeLimitError } from '../bytes/spool.ts';

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'b64range-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const path = () => join(dir, `f${n++}`);

/** `text` inside a JSON body, decoded from its byte range; the result or the error. */
async function viaRange(text: string, chunkBytes: number, maxBytes = 1 << 20): Promise<Buffer | Error> {
  const source = path();
  const head = '{"images":[{"data":"';
  await writeFile(source, `${head}${text}"}]}`, 'latin1');
  const dest = path();
  try {
    const range = { start: head.length, end: head.length + text.length };
    const size = await base64RangeToFile(source, range, dest, maxBytes, chunkBytes);
    const bytes = await readFile(dest);
    expect(bytes.length).toBe(size);
    return bytes;
  } catch (err) {
    return err as Error;
  }
}

/** The same text through the in-memory decoder, the reference. */
async function viaString(text: string, maxBytes = 1 << 20): Promise<Buffer | Error> {
  const dest = path();
  try {
    await base64ToFile(text, dest, maxBytes);
    return await readFile(dest);
  } catch (err) {
    return err as Error;
  }
}

const same = (a: Buffer | Error, b: Buffer | Error) => {
  if (a instanceof Error || b instanceof Error) {
    expect(a instanceof Error && b instanceof Error).toBe(true);
    expect((a as Error).name).toBe((b as Error).name);
  } else expect(a.equals(b)).toBe(true);
};

describe('base64RangeToFile', () => {
  it('decodes exactly what base64ToFile decodes, whatever the chunk boundaries', async () => {
    const encoded = fc.tuple(fc.uint8Array({ maxLength: 300 }), fc.nat(4)).map(([bytes, style]) => {
      const b64 = Buffer.from(bytes).toString('base64');
      if (style === 0) return b64;
      if (style === 1) return Buffer.from(bytes).toString('base64url');
      if (style === 2) return b64.replace(/=+$/, '');
      if (style === 3) return `data:image/png;base64,${b64}`;
      return b64.replace(/(.{7})/g, '$1 ');
    });
    await fc.assert(
      fc.asyncProperty(encoded, fc.integer({ min: 1, max: 40 }), async (text, chunk) => {
        same(await viaRange(text, chunk), await viaString(text));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what base64ToFile refuses', async () => {
    const bad = ['%%%', 'QUJD=QUJD', 'QUJD===', 'QUJDR', 'QU=JD', 'QUJDé', 'QQ==QQ=='];
    for (const text of bad) {
      for (const chunk of [1, 2, 3, 5, 64]) {
        const got = await viaRange(text, chunk);
        expect(got, `${text} in chunks of ${chunk}`).toBeInstanceOf(RelayError);
        same(got, await viaString(text));
      }
    }
  });

  it('refuses a raw tab or line break, which JSON does not allow inside a string', async () => {
    for (const text of ['QUJD\tRA==', 'QUJD\nRA=='])
      expect(await viaRange(text, 3)).toBeInstanceOf(RelayError);
  });

  it('stops at the size limit', async () => {
    const text = Buffer.alloc(1000, 7).toString('base64');
    expect(await viaRange(text, 64, 999)).toBeInstanceOf(SizeLimitError);
    expect(((await viaRange(text, 64, 1000)) as Buffer).length).toBe(1000);
  });
});
