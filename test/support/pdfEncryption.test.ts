import { describe, expect, it } from 'vitest';
import { rc4, standardEncryption } from './pdfEncryption.ts';

describe('rc4', () => {
  it('matches the published test vectors', () => {
    expect(rc4(Buffer.from('Key'), Buffer.from('Plaintext')).toString('hex')).toBe('bbf316e8d940af0ad3');
    expect(rc4(Buffer.from('Secret'), Buffer.from('Attack at dawn')).toString('hex')).toBe(
      '45a01f645fc35b383552544b9bf5',
    );
  });
});

describe('standardEncryption', () => {
  it('encrypts each object with its own key, reversibly', () => {
    const enc = standardEncryption('u', 'o');
    const data = Buffer.from('BT (x) Tj ET');
    const a = enc.encryptStream(5, data);
    expect(a.equals(data)).toBe(false);
    expect(a.equals(enc.encryptStream(6, data))).toBe(false);
    expect(enc.encryptStream(5, a).equals(data)).toBe(true);
    expect(enc.dict).toMatch(
      /^\/Filter \/Standard \/V 1 \/R 2 \/O <[0-9a-f]{64}> \/U <[0-9a-f]{64}> \/P -44$/,
    );
  });
});
