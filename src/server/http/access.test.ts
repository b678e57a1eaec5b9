import { describe, expect, it } from 'vitest';
import { checkAccessKey } from './access.ts';
import { RelayError } from '../errors.ts';
import { Secret } from '../util/secret.ts';

describe('checkAccessKey', () => {
  const key = new Secret('door-key');
  it('lets everything through when no key is configured', () => {
    expect(() => checkAccessKey(undefined, undefined)).not.toThrow();
    expect(() => checkAccessKey('anything', undefined)).not.toThrow();
  });

  it('accepts the configured key', () => {
    expect(() => checkAccessKey('door-key', key)).not.toThrow();
  });

  it('refuses a missing or wrong key with 401/0002, without echoing either key', () => {
    for (const provided of [undefined, '', 'door-kex', 'door-key ', ['wrong']]) {
      try {
        checkAccessKey(provided, key);
        throw new Error('should have thrown');
      } catch (e) {
        expect(e).toBeInstanceOf(RelayError);
        expect((e as RelayError).status).toBe(401);
        expect((e as RelayError).code).toBe('0002');
        expect((e as RelayError).message).not.toContain('door-ke');
      }
    }
  });
});
