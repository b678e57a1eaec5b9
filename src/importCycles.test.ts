import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { join } from 'node:path';

interface MadgeGraph {
  obj(): Record<string, string[]>;
  circular(): string[][];
}
// madge ships no types; this is the slice of its API used here.
const madge = createRequire(import.meta.url)('madge') as (
  path: string,
  config: { fileExtensions: string[]; tsConfig: string },
) => Promise<MadgeGraph>;

const ROOT = join(import.meta.dirname, '..');

/** Import circles allowed in src: none. A new one fails here with its path printed. */
const KNOWN: string[] = [];

describe('the import graph of src', () => {
  it('has no circles beyond the known ones', { timeout: 300_000 }, async () => {
    const graph = await madge(join(ROOT, 'src'), {
      fileExtensions: ['ts', 'tsx'],
      tsConfig: join(ROOT, 'tsconfig.json'),
    });
    expect(Object.keys(graph.obj()).length).toBeGreaterThan(400);
    expect(graph.circular().map((c) => c.join(' > '))).toEqual(KNOWN);
  });
});
