import { applyChanges } from '../../model/groundTruth/index.ts';
import type { Change, ChangeLogEntry, GroundTruth, GtField } from '../../model/groundTruth/index.ts';

/**
 * Re-applying a reviewer's pending changes on a fresher ground truth (after a 409, or when the
 * server's copy changed under them). Words made by a change (add, split, merge) are named after
 * the revision they were made at, so the same batch applied at another revision names them
 * differently: later changes that refer to them are renamed to follow.
 */

/** One batch of changes the reviewer made, as applied locally (its entries give undo and renames). */
export interface Batch {
  changes: Change[];
  entries: ChangeLogEntry[];
  /** What it was, for the conflict list ("Edit “Tota1”"). */
  label: string;
}

export type IdMap = ReadonlyMap<string, string>;

const rename = (map: IdMap, id: string): string => map.get(id) ?? id;
const renameField = (map: IdMap, f: GtField): GtField =>
  map.has(f.id) ? { ...f, id: rename(map, f.id) } : f;

/** The same changes with every field id renamed through `map`. */
export function renameChanges(changes: readonly Change[], map: IdMap): Change[] {
  if (map.size === 0) return [...changes];
  return changes.map((c): Change => {
    switch (c.op) {
      case 'add':
        return c;
      case 'merge':
        return { ...c, ids: c.ids.map((id) => rename(map, id)) };
      case 'restore':
        return {
          ...c,
          remove: c.remove.map((id) => rename(map, id)),
          fields: c.fields.map((f) => renameField(map, f)),
        };
      default:
        return { ...c, id: rename(map, c.id) };
    }
  });
}

/** Ids the same batch gave its words the first time (`was`) and the second (`now`). */
export function renamesBetween(
  was: readonly ChangeLogEntry[],
  now: readonly ChangeLogEntry[],
): Map<string, string> {
  const out = new Map<string, string>();
  was.forEach((e, i) =>
    e.after.forEach((f, j) => {
      const id = now[i]?.after[j]?.id;
      if (id !== undefined && id !== f.id) out.set(f.id, id);
    }),
  );
  return out;
}

export interface Replayed {
  groundTruth: GroundTruth;
  /** The batches that still apply, renamed and with their new entries. */
  batches: Batch[];
  /** Those that no longer apply (the word was deleted, merged or changed away meanwhile). */
  conflicts: { label: string; message: string }[];
  /** Every rename made, for the undo and redo stacks. */
  renames: Map<string, string>;
}

/**
 * Why a change no longer applies, for the reviewer: a word it names that is gone (deleted, merged
 * or split by someone else; the relay's ground truth leaves deleted words out) is said so, not as
 * an internal id.
 */
export function conflictMessage(errors: readonly string[]): string {
  const said = errors.map((m) =>
    /^no field with id/.test(m) ? 'a word it changes was deleted, merged or split meanwhile' : m,
  );
  return [...new Set(said)].join('; ');
}

/** Applies `batches` in order on `base`, renaming as it goes; a batch that fails is set aside. */
export function replay(base: GroundTruth, batches: readonly Batch[], who: string, at: string): Replayed {
  let gt = base;
  const renames = new Map<string, string>();
  const kept: Batch[] = [];
  const conflicts: Replayed['conflicts'] = [];
  for (const b of batches) {
    const changes = renameChanges(b.changes, renames);
    const r = applyChanges(gt, gt.revision, changes, who, at);
    if (r.kind !== 'applied') {
      const message =
        r.kind === 'invalid' ? conflictMessage(r.errors.map((e) => e.message)) : 'stale revision';
      conflicts.push({ label: b.label, message });
      continue;
    }
    for (const [from, to] of renamesBetween(b.entries, r.entries)) renames.set(from, to);
    kept.push({ changes, entries: r.entries, label: b.label });
    gt = r.groundTruth;
  }
  return { groundTruth: gt, batches: kept, conflicts, renames };
}
