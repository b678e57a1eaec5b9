import { describe, expect, it } from 'vitest';
import { fileHash } from './fileHash.ts';

describe('fileHash', () => {
  it('is the SHA-256 of the bytes', async () => {
    expect(await fileHash(new Blob(['abc']))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
  it('differs when one byte differs', async () => {
    expect(await fileHash(new Blob(['abd']))).not.toBe(await fileHash(new Blob(['abc'])));
  });
});
