import type { Kysely } from 'kysely';
import { newId, nowIso } from './ids.ts';
import { optionKey } from './optionSet.ts';
import type { OptionSet } from './optionSet.ts';
import type { Database, RunStatus } from './schema.ts';

export const CANCELLED_CODE = 'cancelled';
const CHUNK = 500;

export interface BatchProgress {
  id: string;
  projectId: string;
  key: string;
  options: OptionSet;
  created: string;
  cancelled: string | null;
  /** running while any job is queued or running; then done (or cancelled). */
  state: 'running' | 'done' | 'cancelled';
  total: number;
  queued: number;
  running: number;
  done: number;
  failed: number;
  /** Of the failed, those cancelled before they finished. */
  cancelledJobs: number;
  /** Done before the batch was asked for: reused, not run again. */
  reused: number;
  documents: {
    documentId: string;
    name: string;
    runId: string;
    status: RunStatus;
    reused: boolean;
    error?: { code: string; message: string };
  }[];
}

/**
 * Queues one job per document of the project for these options. A document that already has a
 * done run for them reuses it; a failed one is queued again; one queued or running (for another
 * batch) is shared. The unique (document, key) index makes the run the same row whoever asks.
 */
export async function createBatch(
  db: Kysely<Database>,
  projectId: string,
  options: OptionSet,
): Promise<string> {
  const key = optionKey(options);
  const id = newId();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('batches')
      .values({
        id,
        project_id: projectId,
        key,
        options: JSON.stringify(options),
        created: now,
        cancelled: null,
      })
      .execute();
    const docs = await trx
      .selectFrom('documents')
      .select('id')
      .where('project_id', '=', projectId)
      .orderBy('created')
      .orderBy('name')
      .orderBy('id')
      .execute();
    for (let i = 0; i < docs.length; i += CHUNK) {
      const ids = docs.slice(i, i + CHUNK).map((d) => d.id);
      await trx
        .insertInto('runs')
        .values(
          ids.map((document_id) => ({
            id: newId(),
            document_id,
            key,
            options: JSON.stringify(options),
            status: 'queued' as const,
            imported: 0,
            response: null,
            error_code: null,
            error_message: null,
            created: now,
            started: null,
            finished: null,
            claimed_by: null,
            lease_until: null,
          })),
        )
        .onConflict((oc) => oc.columns(['document_id', 'key']).doNothing())
        .execute();
      const runs = await trx
        .selectFrom('runs')
        .select(['id', 'document_id', 'status'])
        .where('key', '=', key)
        .where('document_id', 'in', ids)
        .execute();
      const failed = runs.filter((r) => r.status === 'failed').map((r) => r.id);
      if (failed.length > 0) {
        await trx
          .updateTable('runs')
          .set({
            status: 'queued',
            error_code: null,
            error_message: null,
            started: null,
            finished: null,
            claimed_by: null,
            lease_until: null,
            created: now,
          })
          .where('id', 'in', failed)
          .execute();
      }
      await trx
        .insertInto('jobs')
        .values(
          runs.map((r) => ({
            id: newId(),
            batch_id: id,
            document_id: r.document_id,
            run_id: r.id,
            reused: r.status === 'done' ? 1 : 0,
          })),
        )
        .execute();
    }
  });
  return id;
}

export async function getBatch(db: Kysely<Database>, id: string): Promise<BatchProgress | undefined> {
  const batch = await db.selectFrom('batches').selectAll().where('id', '=', id).executeTakeFirst();
  if (!batch) return undefined;
  const rows = await db
    .selectFrom('jobs')
    .innerJoin('runs', 'runs.id', 'jobs.run_id')
    .innerJoin('documents', 'documents.id', 'jobs.document_id')
    .select([
      'jobs.document_id',
      'documents.name',
      'jobs.run_id',
      'jobs.reused',
      'runs.status',
      'runs.error_code',
      'runs.error_message',
    ])
    .where('jobs.batch_id', '=', id)
    .orderBy('documents.created')
    .orderBy('documents.name')
    .orderBy('documents.id')
    .execute();
  const count = (s: RunStatus) => rows.filter((r) => r.status === s).length;
  const progress = {
    total: rows.length,
    queued: count('queued'),
    running: count('running'),
    done: count('done'),
    failed: count('failed'),
  };
  const state = batch.cancelled ? 'cancelled' : progress.queued + progress.running > 0 ? 'running' : 'done';
  return {
    id: batch.id,
    projectId: batch.project_id,
    key: batch.key,
    options: JSON.parse(batch.options) as OptionSet,
    created: batch.created,
    cancelled: batch.cancelled,
    state,
    ...progress,
    cancelledJobs: rows.filter((r) => r.error_code === CANCELLED_CODE).length,
    reused: rows.filter((r) => r.reused === 1).length,
    documents: rows.map((r) => ({
      documentId: r.document_id,
      name: r.name,
      runId: r.run_id,
      status: r.status,
      reused: r.reused === 1,
      ...(r.error_code ? { error: { code: r.error_code, message: r.error_message ?? '' } } : {}),
    })),
  };
}

export async function listBatches(
  db: Kysely<Database>,
  projectId: string,
): Promise<{ id: string; key: string; created: string; cancelled: string | null }[]> {
  return db
    .selectFrom('batches')
    .select(['id', 'key', 'created', 'cancelled'])
    .where('project_id', '=', projectId)
    .orderBy('created', 'desc')
    .execute();
}

/**
 * Cancels the batch: its queued and running runs fail as cancelled, unless another batch that is
 * not cancelled still wants them. Answers the ids of the runs that were running (to abort them),
 * or undefined when there is no such batch.
 */
export async function cancelBatch(db: Kysely<Database>, id: string): Promise<string[] | undefined> {
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    const batch = await trx.selectFrom('batches').select('id').where('id', '=', id).executeTakeFirst();
    if (!batch) return undefined;
    await trx
      .updateTable('batches')
      .set({ cancelled: now })
      .where('id', '=', id)
      .where('cancelled', 'is', null)
      .execute();
    const cancelled = await trx
      .updateTable('runs')
      .set({
        status: 'failed',
        error_code: CANCELLED_CODE,
        error_message: 'The batch was cancelled before this run finished.',
        finished: now,
        claimed_by: null,
        lease_until: null,
      })
      .where('status', 'in', ['queued', 'running'])
      .where('id', 'in', (eb) => eb.selectFrom('jobs').select('run_id').where('batch_id', '=', id))
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('jobs as j2')
              .innerJoin('batches as b2', 'b2.id', 'j2.batch_id')
              .select('j2.id')
              .whereRef('j2.run_id', '=', 'runs.id')
              .where('b2.id', '!=', id)
              .where('b2.cancelled', 'is', null),
          ),
        ),
      )
      .returning(['id', 'started'])
      .execute();
    return cancelled.filter((r) => r.started !== null).map((r) => r.id);
  });
}
