import type { Kysely, Selectable } from 'kysely';
import { nowIso } from './ids.ts';
import type { Dialect } from './migrations.ts';
import type { Database, RunTable } from './schema.ts';

export type ClaimedRun = Selectable<RunTable>;

/**
 * Claims the oldest queued run, or a running one whose claim has lapsed (its relay died), for
 * `owner` until now + leaseMs. Atomic across processes: PostgreSQL locks the chosen row and skips
 * rows other relays hold (FOR UPDATE SKIP LOCKED); SQLite has one writer at a time, and the pick
 * and the update are a single UPDATE ... WHERE id = (SELECT ...) RETURNING.
 */
export async function claimRun(
  db: Kysely<Database>,
  dialect: Dialect,
  owner: string,
  leaseMs: number,
): Promise<ClaimedRun | undefined> {
  const now = nowIso();
  const claim = { status: 'running' as const, claimed_by: owner, lease_until: nowIso(leaseMs), started: now };
  return db.transaction().execute(async (trx) => {
    const claimable = trx
      .selectFrom('runs')
      .select('id')
      .where((eb) =>
        eb.or([
          eb('status', '=', 'queued'),
          eb.and([eb('status', '=', 'running'), eb('lease_until', '<', now)]),
        ]),
      )
      .orderBy('created')
      .orderBy('id')
      .limit(1);
    if (dialect === 'postgres') {
      const row = await claimable.forUpdate().skipLocked().executeTakeFirst();
      if (!row) return undefined;
      return trx
        .updateTable('runs')
        .set((eb) => ({ ...claim, attempts: eb('attempts', '+', 1) }))
        .where('id', '=', row.id)
        .returningAll()
        .executeTakeFirst();
    }
    return trx
      .updateTable('runs')
      .set((eb) => ({ ...claim, attempts: eb('attempts', '+', 1) }))
      .where('id', '=', claimable)
      .returningAll()
      .executeTakeFirst();
  });
}

/** Extends the claims `owner` still holds; answers those ids (a missing one was cancelled or taken). */
export async function renewClaims(
  db: Kysely<Database>,
  owner: string,
  ids: string[],
  leaseMs: number,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .updateTable('runs')
    .set({ lease_until: nowIso(leaseMs) })
    .where('id', 'in', ids)
    .where('claimed_by', '=', owner)
    .where('status', '=', 'running')
    .returning('id')
    .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * Records a run's outcome, only if `owner` still holds it (a cancelled or re-claimed run keeps
 * what it has). A done run is final: nothing claims it again.
 */
export async function finishRun(
  db: Kysely<Database>,
  owner: string,
  id: string,
  outcome: { response: string } | { code: string; message: string },
): Promise<boolean> {
  const result = await db
    .updateTable('runs')
    .set({
      ...('response' in outcome
        ? { status: 'done' as const, response: outcome.response, error_code: null, error_message: null }
        : { status: 'failed' as const, error_code: outcome.code, error_message: outcome.message }),
      finished: nowIso(),
      claimed_by: null,
      lease_until: null,
    })
    .where('id', '=', id)
    .where('claimed_by', '=', owner)
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Gives a claimed run back to the queue (this relay is stopping), so another relay takes it now. */
export async function releaseRun(db: Kysely<Database>, owner: string, id: string): Promise<void> {
  await db
    .updateTable('runs')
    .set((eb) => ({
      status: 'queued',
      claimed_by: null,
      lease_until: null,
      started: null,
      // Not an attempt that failed: the relay let go of it.
      attempts: eb('attempts', '-', 1),
    }))
    .where('id', '=', id)
    .where('claimed_by', '=', owner)
    .where('status', '=', 'running')
    .execute();
}
