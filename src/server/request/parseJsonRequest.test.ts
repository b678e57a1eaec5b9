import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RelayError } from '../errors.ts';
import { parseJsonRequest } from './parseJsonRequest.ts';
import { Scratch } from './scratch.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pjr-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

let n = 0;
/** The body spooled to disk, as the route hands it over. */
async function spooled(text: string | Buffer) {
  const path = join(root, `body-${n++}.json`);
  await writeFile(path, text);
  return { path, size: Buffer.byteLength(text) };
}
const body = (images: unknown[], extra: object = {}) =>
  spooled(JSON.stringify({ version: 'V2', requestId: 'r', timestamp: 1, images, ...extra }));

async function failure(p: Promise<unknown>): Promise<RelayError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof RelayError) return e;
    throw e;
  }
  throw new Error('expected a RelayError');
}

describe('parseJsonRequest', () => {
  it('spools data, preferring it over url, and keeps the raw body', async () => {
    const scratch = new Scratch(root);
    const raw = await body([
      {
        format: 'PNG',
        name: 'n',
        data: Buffer.from('hello').toString('base64'),
        url: 'http://x.example/a.png',
      },
    ]);
    const r = await parseJsonRequest(raw, scratch);
    expect(r.url).toBeUndefined();
    expect(r.image).toMatchObject({ size: 5, format: 'png', fileName: 'n' });
    expect(await readFile(await r.image!.bytes.path(), 'utf8')).toBe('hello');
    expect(r.original.jsonFile).toBe(raw);
    expect(r.request.images[0]).toEqual({ format: 'PNG', name: 'n', url: 'http://x.example/a.png' });
    expect(r.multipart).toBe(false);
    await scratch.cleanup();
  });

  it('keeps a url when there is no data', async () => {
    const r = await parseJsonRequest(
      await body([{ format: 'jpg', name: 'n', url: 'https://x.example/a.jpg', data: '' }]),
      new Scratch(root),
    );
    expect(r.url).toBe('https://x.example/a.jpg');
    expect(r.image).toBeUndefined();
  });

  it('answers 0001 for a url that is not http(s)', async () => {
    for (const url of ['file:///etc/passwd', 'not a url', 'gopher://x']) {
      expect(
        (await failure(parseJsonRequest(await body([{ format: 'jpg', name: 'n', url }]), new Scratch(root))))
          .code,
      ).toBe('0001');
    }
  });

  it('answers 0011 for malformed JSON, missing image bytes and bad base64', async () => {
    expect(
      (await failure(parseJsonRequest(await spooled('{"version":'), new Scratch(root)))).message,
    ).toMatch(/not valid JSON/);
    expect(
      (await failure(parseJsonRequest(await body([{ format: 'png', name: 'n' }]), new Scratch(root))))
        .message,
    ).toMatch(/data \(base64\) or url/);
    expect(
      (
        await failure(
          parseJsonRequest(await body([{ format: 'png', name: 'n', data: '%%%' }]), new Scratch(root)),
        )
      ).message,
    ).toMatch(/base64/);
  });

  it('answers 0021 for a bad version', async () => {
    expect(
      (
        await failure(
          parseJsonRequest(
            await body([{ format: 'png', name: 'n', data: 'AA==' }], { version: 'V9' }),
            new Scratch(root),
          ),
        )
      ).code,
    ).toBe('0021');
  });
});
