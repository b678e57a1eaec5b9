import { describe, expect, it } from 'vitest';
import { detectFormat, rejectReason, MAX_DOCUMENT_BYTES } from './detectFormat.ts';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('detectFormat', () => {
  it('recognises documents by magic bytes whatever the name says', () => {
    expect(detectFormat('a.bin', '', bytes(0xff, 0xd8, 0xff, 0xe0))).toEqual({
      kind: 'document',
      format: 'jpeg',
    });
    expect(detectFormat('a.jpg', '', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toEqual({
      kind: 'document',
      format: 'png',
    });
    expect(detectFormat('x', '', bytes(0x25, 0x50, 0x44, 0x46, 0x2d))).toEqual({
      kind: 'document',
      format: 'pdf',
    });
    expect(detectFormat('x', '', bytes(0x49, 0x49, 0x2a, 0x00))).toEqual({
      kind: 'document',
      format: 'tiff',
    });
    expect(detectFormat('x', '', bytes(0x4d, 0x4d, 0x00, 0x2a))).toEqual({
      kind: 'document',
      format: 'tiff',
    });
  });
  it('recognises JSON by extension, type or a leading brace', () => {
    expect(detectFormat('r.json', '', bytes(0x20))).toEqual({ kind: 'json' });
    expect(detectFormat('r', 'application/json', bytes())).toEqual({ kind: 'json' });
    expect(detectFormat('r.txt', 'text/plain', bytes(0xef, 0xbb, 0xbf, 0x0a, 0x7b))).toEqual({
      kind: 'json',
    });
  });
  it('refuses other files, including a .png that is not a PNG', () => {
    expect(detectFormat('a.gif', 'image/gif', bytes(0x47, 0x49, 0x46, 0x38))).toEqual({
      kind: 'unsupported',
    });
    expect(detectFormat('a.png', 'image/png', bytes(0x00, 0x01, 0x02, 0x03))).toEqual({
      kind: 'unsupported',
    });
  });
});

describe('rejectReason', () => {
  it('explains unsupported, too large and empty files', () => {
    expect(rejectReason('a.gif', 10, { kind: 'unsupported' })).toMatch(/unsupported/);
    expect(rejectReason('big.pdf', MAX_DOCUMENT_BYTES + 1, { kind: 'document', format: 'pdf' })).toMatch(
      /50 MB/,
    );
    expect(rejectReason('e.png', 0, { kind: 'document', format: 'png' })).toMatch(/empty/);
    expect(rejectReason('ok.png', 100, { kind: 'document', format: 'png' })).toBeNull();
  });
});
