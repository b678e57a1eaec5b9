/**
 * JSON.parse that drops `__proto__` keys, so no later copy or merge of the parsed value can
 * reach an object's prototype. Returns `{ ok: false }` instead of throwing on bad syntax.
 */
export function parseJsonSafely(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text, (key, value) => (key === '__proto__' ? undefined : value)) };
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}
