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
  config: {
    fileExtensions: string[];
    tsConfig: string;
    detectiveOptions?: Record<string, { skipAsyncImports?: boolean; skipTypeImports?: boolean }>;
  },
) => Promise<MadgeGraph>;

const ROOT = join(import.meta.dirname, '..');

/**
 * Import circles allowed in src: none. A new one fails here with its path printed. A circle is one
 * that orders module evaluation: a lazy `import()` (code loaded on first use) and a type-only
 * import (erased by the build) are not load-time edges, so a feature loaded lazily may use the
 * registry that starts it.
 */
const LOAD_TIME_ONLY = { skipAsyncImports: true, skipTypeImports: true };
const KNOWN: string[] = [];

describe('the import graph of src', () => {
  it('has no circles beyond the known ones', { timeout: 300_000 }, async () => {
    const graph = await madge(join(ROOT, 'src'), {
      fileExtensions: ['ts', 'tsx'],
      tsConfig: join(ROOT, 'tsconfig.json'),
      detectiveOptions: { ts: LOAD_TIME_ONLY, tsx: LOAD_TIME_ONLY },
    });
    expect(Object.keys(graph.obj()).length).toBeGreaterThan(400);
    expect(graph.circular().map((c) => c.join(' > '))).toEqual(KNOWN);
  });
});
