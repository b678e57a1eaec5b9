import { describe, expect, it } from 'vitest';
import { fileHash, INLINE_HASH_BYTES } from './fileHash.ts';
import { sha256Hex } from './sha256Hex.ts';

describe('fileHash', () => {
  it('is the SHA-256 of the bytes', async () => {
    expect(await fileHash(new Blob(['abc']))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
  it('differs when one byte differs', async () => {
    expect(await fileHash(new Blob(['abd']))).not.toBe(await fileHash(new Blob(['abc'])));
  });
  it('hashes a file over the inline size the same way (no Worker here: on this thread)', async () => {
    const big = new Blob([new Uint8Array(INLINE_HASH_BYTES + 1).fill(7)]);
    expect(await fileHash(big)).toBe(await sha256Hex(big));
  });
});
