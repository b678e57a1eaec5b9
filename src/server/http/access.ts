import { createHash, timingSafeEqual } from 'node:crypto';
import { RelayError } from '../errors.ts';
import type { Secret } from '../util/secret.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * When RELAY_ACCESS_KEY is set, callers must send it as X-OCR-SECRET, the header a CLOVA client
 * already sends (so it only needs the relay's key instead of CLOVA's). Compared in constant time.
 */
export function checkAccessKey(provided: string | string[] | undefined, key: Secret | undefined): void {
  if (!key) return;
  const value = Array.isArray(provided) ? provided[0] : provided;
  if (!value) throw new RelayError('0002', 'This relay needs its access key in the X-OCR-SECRET header.');
  if (!timingSafeEqual(digest(value), digest(key.reveal()))) {
    throw new RelayError('0002', 'X-OCR-SECRET does not match the relay access key.');
  }
}
