import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64.ts';

describe('base64', () => {
  it('encodes like the standard alphabet with padding', () => {
    expect(bytesToBase64(new TextEncoder().encode('hello'))).toBe('aGVsbG8=');
    expect(bytesToBase64(new Uint8Array([0xff, 0xfe, 0x00]))).toBe('//4A');
    expect(bytesToBase64(new Uint8Array(0))).toBe('');
  });

  it('round-trips any bytes, across chunk boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70000 }), (bytes) => {
        expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
      }),
      { numRuns: 20 },
    );
    const big = Uint8Array.from({ length: 3 * 0x8000 + 5 }, (_, i) => (i * 31) & 0xff);
    expect(bytesToBase64(big)).toBe(Buffer.from(big).toString('base64'));
  });

  it('rejects text that is not base64', () => {
    expect(base64ToBytes('not base64!')).toBeNull();
    expect(base64ToBytes('aGVsbG8')).toEqual(new TextEncoder().encode('hello'));
  });
});
