import { describe, expect, it } from 'vitest';
import { parseJsonSafely } from './safeJson.ts';

describe('parseJsonSafely', () => {
  it('parses ordinary JSON', () => {
    expect(parseJsonSafely('{"a":[1,"x"]}')).toEqual({ ok: true, value: { a: [1, 'x'] } });
  });

  it('drops __proto__ keys at any depth', () => {
    const r = parseJsonSafely('{"__proto__":{"polluted":1},"a":{"__proto__":{"polluted":2},"b":1}}');
    expect(r.ok).toBe(true);
    const v = (r as { value: Record<string, Record<string, unknown>> }).value;
    expect(Object.keys(v)).toEqual(['a']);
    expect(Object.keys(v.a)).toEqual(['b']);
    expect(Object.assign({}, v.a).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports bad syntax instead of throwing', () => {
    const r = parseJsonSafely('{"a":');
    expect(r.ok).toBe(false);
  });
});
