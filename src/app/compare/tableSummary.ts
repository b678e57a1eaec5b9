import type { TableDiff } from '../../model/index.ts';

/** One line about the table differences of the whole document, or null when neither run has tables. */
export function tableSummary(tables: readonly TableDiff[]): string | null {
  if (tables.length === 0) return null;
  let ta = 0;
  let tb = 0;
  let ca = 0;
  let cb = 0;
  let changes = 0;
  for (const t of tables) {
    ta += t.a.tables;
    tb += t.b.tables;
    ca += t.a.cells;
    cb += t.b.cells;
    changes += t.cellTextChanges;
  }
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const counts =
    ta === tb && ca === cb
      ? `${plural(ta, 'table')}, ${plural(ca, 'cell')} in both`
      : `A ${plural(ta, 'table')} / ${plural(ca, 'cell')}, B ${plural(tb, 'table')} / ${plural(cb, 'cell')}`;
  return `${counts}; ${changes === 0 ? 'no cell text differs' : `${plural(changes, 'cell text')} differ${changes === 1 ? 's' : ''}`}`;
}
