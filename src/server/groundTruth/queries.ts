import type { Kysely } from 'kysely';
import { applyChanges, groundTruthText, truthTextPages } from '../../model/groundTruth/index.ts';
import type {
  ChangeError,
  ChangeLogEntry,
  ChangeRequest,
  GroundTruth,
} from '../../model/groundTruth/index.ts';
import { PAGE_SEPARATOR } from '../../model/document/text.ts';
import { newId, nowIso } from '../store/ids.ts';
import type { Dialect } from '../store/migrations.ts';
import type { Database } from '../store/schema.ts';
import { groundTruthOf, latestDoneRunId, needsSettling, readRow, settle } from './state.ts';
import type { GtRow } from './state.ts';
import { isUniqueViolation, writeTransaction } from './tx.ts';

/** The store's ground-truth queries (issue 15): every write is revision-checked in one transaction. */
export interface GtDb {
  db: Kysely<Database>;
  dialect: Dialect;
}

export const DEFAULT_REVIEWER = 'anonymous';

export type WriteResult =
  | { kind: 'applied'; revision: number }
  /** The base revision is stale: `revision` is the current one. */
  | { kind: 'conflict'; revision: number }
  | { kind: 'invalid'; errors: ChangeError[] }
  /** No done run and no reviewed boxes: there is nothing to change yet. */
  | { kind: 'no-run' };

export async function documentExists({ db }: GtDb, documentId: string): Promise<boolean> {
  const row = await db.selectFrom('documents').select('id').where('id', '=', documentId).executeTakeFirst();
  return row !== undefined;
}

/** The settled row: read without locking when it is current, else settled in a write transaction. */
export async function currentRow(g: GtDb, documentId: string): Promise<GtRow | undefined> {
  const [row, latest] = await Promise.all([readRow(g.db, documentId), latestDoneRunId(g.db, documentId)]);
  if (!needsSettling(row, latest)) return row;
  return writeTransaction(g.db, g.dialect, (trx) => settle(trx, documentId));
}

/** The document's ground truth (store form, deleted words kept); undefined when it has no boxes. */
export async function readGroundTruth(g: GtDb, documentId: string): Promise<GroundTruth | undefined> {
  const row = await currentRow(g, documentId);
  return row && groundTruthOf(g.db, row);
}

/** The text truth: what PUT text gave, else the boxes' text; undefined when there is neither. */
export async function readTruthText(g: GtDb, documentId: string): Promise<string | undefined> {
  const row = await currentRow(g, documentId);
  if (!row) return undefined;
  if (row.truth_text !== null) return row.truth_text;
  const gt = await groundTruthOf(g.db, row);
  return gt && groundTruthText(gt);
}

/**
 * Applies a batch made against `baseRevision`, all or nothing. Two writers with the same base
 * cannot both win: the update only matches `revision = base`, and the change log's unique
 * (document_id, revision) index refuses a second batch for the same revision.
 */
export async function applyChangeBatch(
  g: GtDb,
  documentId: string,
  request: ChangeRequest,
  at = nowIso(),
): Promise<WriteResult> {
  const reviewer = request.reviewer ?? DEFAULT_REVIEWER;
  try {
    return await writeTransaction(g.db, g.dialect, async (trx): Promise<WriteResult> => {
      const row = await settle(trx, documentId);
      const gt = row && (await groundTruthOf(trx, row));
      if (!row || !gt) return { kind: 'no-run' };
      const result = applyChanges(gt, request.baseRevision, request.changes, reviewer, at);
      if (result.kind !== 'applied') return result;
      const { revision } = result.groundTruth;
      const updated = await trx
        .updateTable('ground_truth')
        .set({ revision, body: JSON.stringify(result.groundTruth), updated: at })
        .where('document_id', '=', documentId)
        .where('revision', '=', row.revision)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0)
        return { kind: 'conflict', revision: await revisionOf(trx, documentId) };
      await logChanges(trx, documentId, revision, reviewer, at, result.entries);
      return { kind: 'applied', revision };
    });
  } catch (err) {
    if (isUniqueViolation(err)) return { kind: 'conflict', revision: await revisionOf(g.db, documentId) };
    throw err;
  }
}

async function revisionOf(db: Kysely<Database>, documentId: string): Promise<number> {
  return (await readRow(db, documentId))?.revision ?? 0;
}

function logChanges(
  db: Kysely<Database>,
  documentId: string,
  revision: number,
  reviewer: string,
  at: string,
  entries: ChangeLogEntry[],
) {
  return db
    .insertInto('ground_truth_changes')
    .values({
      id: newId(),
      document_id: documentId,
      revision,
      reviewer,
      at,
      entries: JSON.stringify(entries),
    })
    .execute();
}

/**
 * Stores the document's true text (pages split by form feeds, each normalised as issue 16 §1
 * says), bumping the revision. With `baseRevision`, a stale one gets a conflict.
 */
export async function putTruthText(
  g: GtDb,
  documentId: string,
  text: string,
  baseRevision?: number,
): Promise<WriteResult> {
  const truth = truthTextPages(text).join(PAGE_SEPARATOR);
  try {
    return await writeTransaction(g.db, g.dialect, (trx) => writeText(trx, documentId, truth, baseRevision));
  } catch (err) {
    if (isUniqueViolation(err)) return { kind: 'conflict', revision: await revisionOf(g.db, documentId) };
    throw err;
  }
}

async function writeText(
  trx: Kysely<Database>,
  documentId: string,
  truth: string,
  baseRevision: number | undefined,
): Promise<WriteResult> {
  const updated = nowIso();
  let row = await settle(trx, documentId);
  if (!row) {
    // No run, no row yet: make one (another writer may be making it too, then it is theirs).
    await trx
      .insertInto('ground_truth')
      .values({ document_id: documentId, revision: 0, body: null, truth_text: null, run_id: null, updated })
      .onConflict((oc) => oc.column('document_id').doNothing())
      .execute();
    row = (await readRow(trx, documentId)) as GtRow;
  }
  if (baseRevision !== undefined && baseRevision !== row.revision)
    return { kind: 'conflict', revision: row.revision };
  // Without a base the whole text simply replaces what is there: the revision is bumped in place.
  const done = await trx
    .updateTable('ground_truth')
    .set((eb) => ({ revision: eb('revision', '+', 1), truth_text: truth, updated }))
    .where('document_id', '=', documentId)
    .$if(baseRevision !== undefined, (q) => q.where('revision', '=', row.revision))
    .returning('revision')
    .executeTakeFirst();
  if (!done) return { kind: 'conflict', revision: await revisionOf(trx, documentId) };
  return { kind: 'applied', revision: done.revision };
}

export interface ChangeBatch {
  revision: number;
  reviewer: string;
  at: string;
  entries: ChangeLogEntry[];
}

/** The document's applied batches after revision `since`, oldest first. */
export async function listChanges(
  g: GtDb,
  documentId: string,
  since = 0,
  limit = 500,
): Promise<ChangeBatch[]> {
  const rows = await g.db
    .selectFrom('ground_truth_changes')
    .select(['revision', 'reviewer', 'at', 'entries'])
    .where('document_id', '=', documentId)
    .where('revision', '>', since)
    .orderBy('revision')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, entries: JSON.parse(r.entries) as ChangeLogEntry[] }));
}
