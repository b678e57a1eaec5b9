import type { Change, ChangeLogEntry } from './types.ts';

/**
 * The changes that undo a batch, from its log entries: each entry's span put back as it was
 * (`restore`), last change first. Applying them gives entries of their own, whose inverse redoes
 * the batch; so an undo/redo stack needs nothing but this function and applyChanges.
 */
export function inverseChanges(entries: readonly ChangeLogEntry[]): Change[] {
  const out: Change[] = [];
  for (let k = entries.length - 1; k >= 0; k--) {
    const e = entries[k];
    out.push({
      op: 'restore',
      page: e.page,
      index: e.index,
      remove: e.after.map((f) => f.id),
      fields: e.before,
    });
  }
  return out;
}
