import { RelayError } from '../errors.ts';

/**
 * Database failures a user can act on, as clear answers; undefined for anything else. Messages
 * never carry the database's own text (it may name hosts or users).
 */
export function storeError(err: unknown): RelayError | undefined {
  if (err instanceof RelayError) return undefined;
  const code = (err as { code?: unknown }).code;
  if (typeof code !== 'string') return undefined;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === '53100')
    return new RelayError(
      '0500',
      'The store is out of disk space: nothing was saved. Free some space and try again.',
      507,
    );
  if (
    code.startsWith('SQLITE_BUSY') ||
    code.startsWith('SQLITE_LOCKED') ||
    code === '55P03' ||
    code === '40P01'
  )
    return new RelayError(
      '0500',
      'The store is busy (its database is locked by another process): nothing was saved. Try again.',
      503,
    );
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN')
    return new RelayError('0500', 'The store cannot write its database file: nothing was saved.', 503);
  if (
    code === 'ECONNREFUSED' ||
    code === 'ETIMEDOUT' ||
    code === '57P01' ||
    code === '57P03' ||
    code.startsWith('08')
  )
    return new RelayError(
      '0500',
      "The store's database cannot be reached: nothing was saved. Try again.",
      503,
    );
  return undefined;
}
