import { randomBytes } from 'node:crypto';

/** A random 128-bit id, url-safe (22 characters): unguessable, so ids double as capabilities. */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

/** Ids this module makes: anything else is not looked up at all. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** Timestamps are ISO 8601 UTC text in both databases: fixed width, so they sort as text. */
export function nowIso(offsetMs = 0): string {
  return new Date(Date.now() + offsetMs).toISOString();
}
