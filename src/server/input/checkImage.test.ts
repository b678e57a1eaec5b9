import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RelayError } from '../errors.ts';
import { pngClaimingSize, smallJpeg, smallPng, tinyPdf } from '../../../test/support/images.ts';
import { SPOOL_KINDS, spooled } from '../../../test/support/spooled.ts';
import type { SpoolKind } from '../../../test/support/spooled.ts';
import { buildTiff } from '../../../test/support/tiffBuilder.ts';
import { checkImage } from './checkImage.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'check-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
let kind: SpoolKind;
async function image(name: string, data: Buffer, format: string) {
  return { bytes: await spooled(kind, data, dir, `${kind}-${name}`), size: data.length, format };
}
async function failure(p: Promise<void>): Promise<RelayError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof RelayError) return e;
    throw e;
  }
  throw new Error('expected a RelayError');
}

describe.each(SPOOL_KINDS)('checkImage (image in %s)', (k) => {
  beforeAll(() => {
    kind = k;
  });

  it('passes good files of every container, under either format alias', async () => {
    await checkImage(await image('a.png', await smallPng(), 'png'), 1e8);
    await checkImage(await image('a.jpg', await smallJpeg(), 'jpg'), 1e8);
    await checkImage(await image('b.jpg', await smallJpeg(), 'JPEG'), 1e8);
    await checkImage(await image('a.pdf', tinyPdf(), 'pdf'), 1e8);
    await checkImage(await image('a.tif', buildTiff([{ width: 10, height: 10 }], 'MM'), 'tif'), 1e8);
  });

  it('refuses an empty file', async () => {
    const e = await failure(checkImage(await image('e.png', Buffer.alloc(0), 'png'), 1e8));
    expect(e.code).toBe('0011');
    expect(e.message).toMatch(/empty/);
  });

  it('refuses a format that does not match the magic bytes', async () => {
    const e = await failure(checkImage(await image('m.png', await smallJpeg(), 'png'), 1e8));
    expect(e.code).toBe('0011');
    expect(e.message).toContain("format is 'png' but the file is a JPEG file");
    const g = await failure(checkImage(await image('g.pdf', Buffer.from('GIF89a....'), 'pdf'), 1e8));
    expect(g.message).toMatch(/not a JPEG, PNG, PDF or TIFF/);
  });

  it('refuses unsupported formats', async () => {
    const e = await failure(checkImage(await image('x.gif', Buffer.from('GIF89a'), 'gif'), 1e8));
    expect(e.message).toMatch(/not supported/);
  });

  it('refuses decompression bombs, naming the page', async () => {
    const png = await failure(
      checkImage(await image('bomb.png', await pngClaimingSize(20000, 20000), 'png'), 1e8),
    );
    expect(png.code).toBe('0011');
    expect(png.message).toContain('20000x20000 pixels (400.0 MP)');
    const tif = buildTiff([
      { width: 100, height: 100 },
      { width: 50000, height: 50000 },
    ]);
    const t = await failure(checkImage(await image('bomb.tif', tif, 'tiff'), 1e8));
    expect(t.message).toContain('on page 2');
  });

  it('refuses a file whose header cannot be read', async () => {
    const broken = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(10),
    ]);
    const e = await failure(checkImage(await image('broken.png', broken, 'png'), 1e8));
    expect(e.message).toMatch(/header could not be read/);
  });
});
