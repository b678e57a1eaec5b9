import type { Kysely, Selectable } from 'kysely';
import { OcrResponseSchema } from '../../clova/index.ts';
import type { OcrResponse } from '../../clova/index.ts';
import { fromRun, matchToRun } from '../../model/groundTruth/index.ts';
import type { GroundTruth } from '../../model/groundTruth/index.ts';
import { RelayError } from '../errors.ts';
import { nowIso } from '../store/ids.ts';
import type { Database, GroundTruthTable } from '../store/schema.ts';

/**
 * A document's ground truth as stored, and how it follows the document's runs (issue 15 §4).
 *
 * The `ground_truth` row is made the first time anyone reads or writes the ground truth: it pins
 * the run the client was shown (`run_id`) at revision 0. When a newer run is done, the next read
 * or write moves the row onto it (revision + 1): a reviewed body is carried over with matchToRun,
 * an unreviewed one (body null) simply follows the run. So a client holding ids of an older run
 * gets 409 and reloads, never an edit landing on a different word with the same id.
 */
export type GtRow = Selectable<GroundTruthTable>;

/** The document's newest done run (the one its ground truth follows), if any. */
export async function latestDoneRunId(db: Kysely<Database>, documentId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('runs')
    .select('id')
    .where('document_id', '=', documentId)
    .where('status', '=', 'done')
    .where('response', 'is not', null)
    .orderBy('finished', 'desc')
    .orderBy('created', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}

export function readRow(db: Kysely<Database>, documentId: string): Promise<GtRow | undefined> {
  return db.selectFrom('ground_truth').selectAll().where('document_id', '=', documentId).executeTakeFirst();
}

/** True when the row is missing or behind the latest run: reading it must first settle it. */
export const needsSettling = (row: GtRow | undefined, latest: string | undefined): boolean =>
  latest !== undefined && row?.run_id !== latest;

async function runResponse(db: Kysely<Database>, runId: string): Promise<OcrResponse> {
  const row = await db.selectFrom('runs').select('response').where('id', '=', runId).executeTakeFirst();
  let json: unknown;
  try {
    json = JSON.parse(row?.response ?? '');
  } catch {
    json = undefined;
  }
  const parsed = OcrResponseSchema.safeParse(json);
  if (!parsed.success)
    throw new RelayError(
      '0011',
      "The document's latest run is not a CLOVA response this relay can read, so it cannot be ground truth. Run OCR again.",
      409,
    );
  return parsed.data;
}

/**
 * The ground truth a row stands for, at the row's revision (the authority: PUT text bumps it
 * without rewriting the body); undefined when there are no boxes (no done run, text only).
 */
export async function groundTruthOf(db: Kysely<Database>, row: GtRow): Promise<GroundTruth | undefined> {
  if (row.body !== null) return { ...(JSON.parse(row.body) as GroundTruth), revision: row.revision };
  if (row.run_id === null) return undefined;
  return { ...fromRun(await runResponse(db, row.run_id)), revision: row.revision };
}

/**
 * Inside a write transaction: makes the row if missing and moves it onto the latest done run.
 * Returns the settled row, or undefined for a document with neither a run nor a row.
 */
export async function settle(db: Kysely<Database>, documentId: string): Promise<GtRow | undefined> {
  const latest = await latestDoneRunId(db, documentId);
  for (let attempt = 0; attempt < 5; attempt++) {
    const row = await readRow(db, documentId);
    if (!needsSettling(row, latest) || latest === undefined) return row;
    if (!row) {
      await db
        .insertInto('ground_truth')
        .values({
          document_id: documentId,
          revision: 0,
          body: null,
          truth_text: null,
          run_id: latest,
          updated: nowIso(),
        })
        .onConflict((oc) => oc.column('document_id').doNothing())
        .execute();
      continue;
    }
    const revision = row.revision + 1;
    // A new run that cannot be read must not lock the reviewer out: stay on the run there is.
    const fresh = await runResponse(db, latest).catch(() => undefined);
    if (!fresh && row.run_id !== null) return row;
    const old = row.body !== null && fresh ? await groundTruthOf(db, row) : undefined;
    const body =
      old && fresh ? JSON.stringify({ ...matchToRun(old, fresh).groundTruth, revision }) : row.body;
    const moved = await db
      .updateTable('ground_truth')
      .set({ revision, body, run_id: latest, updated: nowIso() })
      .where('document_id', '=', documentId)
      .where('revision', '=', row.revision)
      .executeTakeFirst();
    // Another relay moved it meanwhile (PostgreSQL): read what it wrote and check again.
    if (Number(moved.numUpdatedRows) > 0) return { ...row, revision, body, run_id: latest };
  }
  throw new RelayError('0500', 'The ground truth kept changing while it was read: try again.', 503);
}
