import { describe, expect, it } from 'vitest';
import { actionForKey } from './registry.ts';
import type { KeyLike } from './keys.ts';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});
const id = (e: KeyLike) => actionForKey(e)?.id ?? null;

describe('next / previous document keys', () => {
  it('are Alt+PageDown / Alt+PageUp and ] / [', () => {
    expect(id(key('PageDown', { altKey: true }))).toBe('nextDocument');
    expect(id(key('PageUp', { altKey: true }))).toBe('prevDocument');
    expect(id(key(']'))).toBe('nextDocument');
    expect(id(key('['))).toBe('prevDocument');
  });

  it('leave the page keys and Ctrl+] to what they were', () => {
    expect(id(key('PageDown'))).toBe('nextPage');
    expect(id(key('PageUp'))).toBe('prevPage');
    expect(id(key(']', { ctrlKey: true }))).toBeNull();
  });
});
