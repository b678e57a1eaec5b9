import type { Kysely } from 'kysely';
import { applyChanges } from '../../model/groundTruth/applyChanges.ts';
import { liveFields } from '../../model/groundTruth/live.ts';
import { pagesOfImages } from '../../model/groundTruth/pages.ts';
import type { GroundTruth } from '../../model/groundTruth/types.ts';
import { WORD_MIN_IOU } from '../../model/report/judgeWords.ts';
import { iou } from '../../model/review/align.ts';
import type { Bounds } from '../../model/types.ts';
import { newId, nowIso } from '../store/ids.ts';
import type { Database } from '../store/schema.ts';
import type { AuditItem } from './audits.ts';

/** What became of an audit correction in the document's ground truth. */
export type TruthOutcome = 'edited' | 'no-ground-truth' | 'no-matching-word' | 'conflict' | 'invalid';

function boundsOfField(vs: readonly { x: number; y: number }[]): Bounds {
  const xs = vs.map((v) => v.x);
  const ys = vs.map((v) => v.y);
  return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
}

/**
 * A correction made in an audit becomes an `edit` of the document's ground truth when it has
 * reviewed boxes: the ground-truth word that overlaps the audited word most (IoU ≥ the report's
 * word threshold) gets the text, through applyChanges like any review, revision-checked and
 * logged in ground_truth_changes. Text-only ground truth has no word to point at: left as is.
 */
export async function correctGroundTruth(
  db: Kysely<Database>,
  item: AuditItem,
  text: string,
  reviewer: string,
): Promise<TruthOutcome> {
  const row = await db
    .selectFrom('ground_truth')
    .select(['revision', 'body'])
    .where('document_id', '=', item.documentId)
    .executeTakeFirst();
  if (!row?.body) return 'no-ground-truth';
  // The row's revision is the one writers check against; the body carries a copy.
  const gt = { ...(JSON.parse(row.body) as GroundTruth), revision: row.revision };
  const image = gt.images[pagesOfImages(gt.images).imageOf.get(item.page) ?? -1];
  if (!image || !item.box) return 'no-matching-word';
  let best: { id: string; iou: number } | null = null;
  for (const f of liveFields(image.fields)) {
    if (f.boundingPoly.vertices.length === 0) continue;
    const v = iou(item.box, boundsOfField(f.boundingPoly.vertices));
    if (v >= WORD_MIN_IOU && (!best || v > best.iou)) best = { id: f.id, iou: v };
  }
  if (!best) return 'no-matching-word';
  const at = nowIso();
  const result = applyChanges(gt, gt.revision, [{ op: 'edit', id: best.id, text }], reviewer, at);
  if (result.kind !== 'applied') return result.kind;
  return db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('ground_truth')
      .set({ body: JSON.stringify(result.groundTruth), revision: result.groundTruth.revision, updated: at })
      .where('document_id', '=', item.documentId)
      .where('revision', '=', row.revision)
      .executeTakeFirst();
    // Someone saved a review in between: their work stands; the audit answer is kept anyway.
    if (Number(done.numUpdatedRows) === 0) return 'conflict' as const;
    await trx
      .insertInto('ground_truth_changes')
      .values({
        id: newId(),
        document_id: item.documentId,
        revision: result.groundTruth.revision,
        reviewer,
        at,
        entries: JSON.stringify(result.entries),
      })
      .execute();
    return 'edited' as const;
  });
}
