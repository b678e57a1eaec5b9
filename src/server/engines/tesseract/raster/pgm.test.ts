import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodePgm, parsePnmSize, readPnmSize, writePgm } from './pgm.ts';

const dir = mkdtempSync(join(tmpdir(), 'pgm-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('PGM', () => {
  it('writes a P5 file whose size reads back', async () => {
    const p = join(dir, 'a.pgm');
    await writePgm(p, Buffer.alloc(6, 200), 3, 2);
    const bytes = readFileSync(p);
    expect(bytes.subarray(0, 11).toString()).toBe('P5\n3 2\n255\n');
    expect(bytes.length).toBe(11 + 6);
    expect(await readPnmSize(p)).toEqual({ width: 3, height: 2 });
  });
  it('refuses data of the wrong length', async () => {
    await expect(writePgm(join(dir, 'b.pgm'), Buffer.alloc(5), 3, 2)).rejects.toThrow();
  });
  it('parses headers with comments and refuses other files', () => {
    expect(parsePnmSize(Buffer.from('P6\n# made by pdftoppm\n2481 800\n255\n'))).toEqual({
      width: 2481,
      height: 800,
    });
    expect(() => parsePnmSize(Buffer.from('\x89PNG\r\n'))).toThrow();
  });
});

const pgm = (header: string, body: number[]) => new Uint8Array([...Buffer.from(header, 'latin1'), ...body]);

describe('decodePgm', () => {
  it('reads an 8-bit P5 image, header comments included', () => {
    expect(decodePgm(pgm('P5\n# made by pdftoppm\n3 2\n255\n', [0, 10, 20, 30, 40, 255]))).toEqual({
      data: new Uint8Array([0, 10, 20, 30, 40, 255]),
      width: 3,
      height: 2,
    });
  });

  it('scales 16-bit and low-maxval samples to 8 bits', () => {
    expect(decodePgm(pgm('P5 2 1 65535\n', [0xff, 0xff, 0x80, 0x00]))?.data).toEqual(
      new Uint8Array([255, 128]),
    );
    expect(decodePgm(pgm('P5 2 1 15\n', [15, 0]))?.data).toEqual(new Uint8Array([255, 0]));
  });

  it('refuses other formats and truncated files', () => {
    expect(decodePgm(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(decodePgm(pgm('P5\n3 2\n255\n', [1, 2, 3]))).toBeNull();
    expect(decodePgm(pgm('P5\n3 x\n255\n', []))).toBeNull();
  });
});
