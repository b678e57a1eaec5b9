import { createHash } from 'node:crypto';

// The 32-byte padding string of the PDF standard security handler (ISO 32000-1, 7.6.3.3).
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

/** RC4, which revision 2 of the standard security handler encrypts with. */
export function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 0xff];
  }
  return out;
}

const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();
const padded = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);

export interface PdfEncryption {
  /** The /Encrypt dictionary's contents. */
  dict: string;
  /** The first /ID string, hex. */
  id: string;
  /** Encrypts the stream of object `num` (generation 0). */
  encryptStream(num: number, data: Buffer): Buffer;
}

/**
 * 40-bit RC4 encryption (standard security handler, revision 2: algorithms 2, 3 and 4 of
 * ISO 32000-1), the oldest kind every reader still opens. An empty user password gives a file
 * anyone can open (owner restrictions only); any other needs that password.
 */
export function standardEncryption(userPassword: string, ownerPassword: string): PdfEncryption {
  const id = md5(Buffer.from(`ocr-inspector-${userPassword}-${ownerPassword}`));
  const permissions = -44; // print and copy allowed, nothing else
  const o = rc4(md5(padded(ownerPassword)).subarray(0, 5), padded(userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padded(userPassword), o, p, id).subarray(0, 5);
  const u = rc4(key, PAD);
  return {
    dict: `/Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P ${permissions}`,
    id: id.toString('hex'),
    encryptStream(num, data) {
      const suffix = Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, 0, 0]);
      return rc4(md5(key, suffix).subarray(0, 10), data);
    },
  };
}
