import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FetchError } from '../net/safeFetch.ts';
import { fetchUrlImage } from './fetchUrlImage.ts';
import type { UrlFetcher } from './fetchUrlImage.ts';
import { Scratch } from './scratch.ts';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'fui-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
const signal = new AbortController().signal;

describe('fetchUrlImage', () => {
  it('spools what the fetcher downloads', async () => {
    const fetcher: UrlFetcher = async (_url, dest) => {
      await writeFile(dest, 'abc');
      return { size: 3, contentType: 'image/png', finalUrl: 'x' };
    };
    const img = await fetchUrlImage('http://x.example/a', 'PNG', new Scratch(root), fetcher, signal);
    expect(img).toMatchObject({ size: 3, format: 'png', mimeType: 'image/png' });
    expect(await readFile(await img.bytes.path(), 'utf8')).toBe('abc');
  });

  it.each([
    ['refused', '0001', /could not be used: no\./],
    ['failed', '0001', /could not be used/],
    ['timeout', '0001', /could not be used/],
    ['too-large', '0011', /larger than 50 MB/],
  ] as const)('maps a %s fetch to %s', async (kind, code, message) => {
    const fetcher: UrlFetcher = async () => {
      throw new FetchError(kind, 'no');
    };
    await expect(
      fetchUrlImage('http://x.example/a', 'png', new Scratch(root), fetcher, signal),
    ).rejects.toMatchObject({
      code,
      message: expect.stringMatching(message),
    });
  });
});
