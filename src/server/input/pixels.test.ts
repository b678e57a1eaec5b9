import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jpegClaimingSize, pngClaimingSize, smallPng, tinyPdf } from '../../../test/support/images.ts';
import { SPOOL_KINDS, spooled } from '../../../test/support/spooled.ts';
import type { SpoolKind } from '../../../test/support/spooled.ts';
import type { SpooledBytes } from '../bytes/spooledBytes.ts';
import { buildTiff } from '../../../test/support/tiffBuilder.ts';
import { declaredPageSizes, firstOversizedPage } from './pixels.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pixels-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
let kind: SpoolKind;
const file = (name: string, data: Buffer): Promise<SpooledBytes> =>
  spooled(kind, data, dir, `${kind}-${name}`);

describe.each(SPOOL_KINDS)('declaredPageSizes (bytes in %s)', (k) => {
  beforeAll(() => {
    kind = k;
  });

  it('reads a real PNG', async () => {
    expect(await declaredPageSizes(await file('a.png', await smallPng(40, 30)), 'png')).toEqual([
      { width: 40, height: 30 },
    ]);
  });

  it('reads bomb headers without decoding them', async () => {
    expect(await declaredPageSizes(await file('b.png', await pngClaimingSize(30000, 30000)), 'png')).toEqual([
      { width: 30000, height: 30000 },
    ]);
    expect(
      await declaredPageSizes(await file('b.jpg', await jpegClaimingSize(60000, 50000)), 'jpeg'),
    ).toEqual([{ width: 60000, height: 50000 }]);
  });

  it('reads every TIFF page and nothing for PDF', async () => {
    const pages = [
      { width: 5, height: 5 },
      { width: 20000, height: 20000 },
    ];
    expect(await declaredPageSizes(await file('c.tif', buildTiff(pages)), 'tiff')).toEqual(pages);
    expect(await declaredPageSizes(await file('d.pdf', tinyPdf()), 'pdf')).toEqual([]);
  });

  it('fails on a file that is not what it claims', async () => {
    await expect(
      declaredPageSizes(await file('e.png', Buffer.from('not a png at all')), 'png'),
    ).rejects.toThrow();
  });
});

describe('firstOversizedPage', () => {
  it('finds the first page over the cap', () => {
    const pages = [
      { width: 10, height: 10 },
      { width: 11, height: 10 },
      { width: 100, height: 100 },
    ];
    expect(firstOversizedPage(pages, 100)).toEqual({ page: 2, size: { width: 11, height: 10 } });
    expect(firstOversizedPage(pages, 10_000)).toBeUndefined();
  });
});
