import { Draft } from './draft.ts';
import { applyOne } from './operations.ts';
import { keepPlaces } from './places.ts';
import type { ApplyResult, Change, ChangeLogEntry, GroundTruth } from './types.ts';

/**
 * Applies a batch of changes made against `baseRevision`, all or nothing. A stale base gives a
 * conflict (the API's 409) and an invalid change (an unknown id, an empty text...) gives the
 * reason as a value: bad input never throws. The input ground truth is left unchanged; the result
 * has revision + 1 and one log entry per change, in order, recording who, when, before and after.
 */
export function applyChanges(
  gt: GroundTruth,
  baseRevision: number,
  changes: readonly Change[],
  who: string,
  at: string,
): ApplyResult {
  if (baseRevision !== gt.revision) return { kind: 'conflict', revision: gt.revision };
  if (who.trim().length === 0)
    return { kind: 'invalid', errors: [{ change: -1, message: 'no reviewer name' }] };
  const revision = gt.revision + 1;
  const draft = new Draft(gt, revision);
  const entries: ChangeLogEntry[] = [];
  for (let k = 0; k < changes.length; k++) {
    const done = applyOne(draft, changes[k]);
    // Stop at the first bad change: the ones after it were made on the state it would have left.
    if (typeof done === 'string') return { kind: 'invalid', errors: [{ change: k, message: done }] };
    entries.push({
      who,
      at,
      op: changes[k].op,
      revision,
      page: draft.pageOfImage(done.image),
      index: done.index,
      before: done.before,
      after: done.after,
    });
  }
  keepPlaces(draft.images, draft.places);
  return { kind: 'applied', groundTruth: { ...gt, revision, images: draft.images }, entries };
}
