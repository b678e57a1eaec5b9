import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePnmSize, readPnmSize, writePgm } from './pgm.ts';

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
