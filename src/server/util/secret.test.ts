import { describe, expect, it } from 'vitest';
import { inspect, format } from 'node:util';
import { Secret } from './secret.ts';

describe('Secret', () => {
  const s = new Secret('hunter2-very-secret');
  it('reveals the value only on request', () => {
    expect(s.reveal()).toBe('hunter2-very-secret');
  });
  it('never shows up when printed, formatted or serialised', () => {
    const holder = { clova: { secret: s } };
    for (const text of [
      String(s),
      `${s}`,
      JSON.stringify(holder),
      inspect(holder, { depth: 5 }),
      format('%o', holder),
    ]) {
      expect(text).not.toContain('hunter2');
    }
  });
});
