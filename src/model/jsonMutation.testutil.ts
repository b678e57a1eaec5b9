/**
 * Helpers shared by the model's lenient-parsing property tests and the browser's hostile-response
 * tests (e2e/support/mutate.ts): where a mutation can land, and polygons of odd vertex counts.
 */

export type JsonKey = string | number;

/** Every path (keys and array indexes) inside a JSON value. */
export function jsonPaths(value: unknown, prefix: JsonKey[] = [], out: JsonKey[][] = []): JsonKey[][] {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const key = Array.isArray(value) ? Number(k) : k;
      out.push([...prefix, key]);
      jsonPaths(v, [...prefix, key], out);
    }
  }
  return out;
}

/** A polygon of n vertices (0, 3 and 10 are the odd counts real breakage produces). */
export const vertices = (n: number) => Array.from({ length: n }, (_, i) => ({ x: i * 10, y: (i % 2) * 10 }));
