import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIONS, actionById, helpRows } from './registry.ts';
import { HELP_ROWS } from './help.ts';
import { keyLabel } from './keys.ts';

/** README's "### Keyboard" table as [keys, action] rows. */
function readmeKeyTable(): [string, string][] {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const section = readme.split(/^### Keyboard$/m)[1]?.split(/^#/m)[0] ?? '';
  return section
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .slice(2) // header and separator
    .map((l) => {
      const cells = l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      return [cells[0], cells[1]];
    });
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

describe("README's keyboard table", () => {
  const table = readmeKeyTable();

  it('is the help overlay, row for row (keys from the registry, words from help.ts)', () => {
    expect(table.length).toBeGreaterThan(0);
    expect(table).toEqual(helpRows().map((r) => [r.keys, lowerFirst(r.what)]));
  });

  it('binds every key it lists to the action its row names', () => {
    for (const [keys, what] of table) {
      const row = HELP_ROWS.find((r) => lowerFirst(r.what) === what);
      expect(row, `README row "${what}" is not a help row`).toBeDefined();
      const bound = row!.ids.flatMap((id) => actionById(id).keys.map(keyLabel));
      for (const shown of keys.split(/ \/ | /)) expect(bound, `${shown} in "${what}"`).toContain(shown);
    }
  });

  it('lists every key of the registry', () => {
    const listed = table.flatMap(([keys]) => keys.split(/ \/ | /));
    for (const a of ACTIONS) for (const key of a.keys) expect(listed, a.id).toContain(keyLabel(key));
  });
});
