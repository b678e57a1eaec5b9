import fc from 'fast-check';
import { jsonPaths, vertices, type JsonKey as Key } from '../../src/model/jsonMutation.testutil.ts';

/**
 * Mutated copies of real CLOVA responses for the browser tests (issue #7). The model's own
 * mutation test lives inside a test file, so this is the JSON-only variant: NaN and Infinity
 * cannot be written as JSON, so they appear as 1e308, null or the string "NaN", and a separate
 * case writes a raw `NaN` token that the app's JSON loader must refuse.
 */

/** Replacement values that real-world breakage produces, all representable in JSON. */
export const jsonJunk = fc.constantFrom<unknown>(
  1e308,
  -1e308,
  1e15,
  -5,
  2.5,
  0,
  '',
  'NaN',
  'Infinity',
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  null,
  true,
  'text',
  [],
  {},
  [1, 2, 3],
  { vertices: [] },
  { vertices: vertices(3) },
  { vertices: vertices(10) },
  vertices(4),
);

export interface Mutation {
  at: number;
  op: 'delete' | 'set';
  value: unknown;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom<'delete' | 'set'>('delete', 'set'),
  value: jsonJunk,
});

/** Applies each mutation at a path of the original; paths a previous mutation removed are skipped. */
export function mutate(json: unknown, muts: readonly Mutation[]): unknown {
  const copy = structuredClone(json);
  const all = jsonPaths(copy);
  if (all.length === 0) return copy;
  for (const m of muts) {
    const path = all[m.at % all.length];
    let parent: unknown = copy;
    for (const k of path.slice(0, -1))
      parent = parent && typeof parent === 'object' ? (parent as Record<Key, unknown>)[k] : undefined;
    if (!parent || typeof parent !== 'object') continue;
    const key = path[path.length - 1];
    const target = parent as Record<Key, unknown>;
    if (m.op === 'delete' && !Array.isArray(target)) delete target[key];
    else target[key] = structuredClone(m.value);
  }
  return copy;
}

/**
 * JSON text with its first number literal after `"inferConfidence":` (or any key) replaced by a
 * bare `NaN`, as a careless serialiser would write it. Undefined when the text has no number.
 */
export function withNaNToken(text: string): string | undefined {
  const m = /("inferConfidence"|"x"|"y"|"width"):\s*-?\d[\d.eE+-]*/.exec(text);
  if (!m) return undefined;
  return text.slice(0, m.index) + `${m[1]}:NaN` + text.slice(m.index + m[0].length);
}
