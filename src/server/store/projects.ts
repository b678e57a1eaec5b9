import type { Kysely } from 'kysely';
import { newId, nowIso } from './ids.ts';
import type { Database } from './schema.ts';
import { deleteOrphanBlobs } from './blobs.ts';

export interface Project {
  id: string;
  name: string;
  /** True for the default project, Inbox. */
  inbox: boolean;
  created: string;
}

export interface ProjectSummary extends Project {
  documents: number;
}

export const INBOX_NAME = 'Inbox';

const toProject = (r: { id: string; name: string; kind: string | null; created: string }): Project => ({
  id: r.id,
  name: r.name,
  inbox: r.kind === 'inbox',
  created: r.created,
});

export async function createProject(db: Kysely<Database>, name: string): Promise<Project> {
  const row = { id: newId(), name, kind: null, created: nowIso() };
  await db.insertInto('projects').values(row).execute();
  return toProject(row);
}

/** The default project, made the first time it is asked for (once, even when asked concurrently). */
export async function inbox(db: Kysely<Database>): Promise<Project> {
  await db
    .insertInto('projects')
    .values({ id: newId(), name: INBOX_NAME, kind: 'inbox', created: nowIso() })
    .onConflict((oc) => oc.column('kind').doNothing())
    .execute();
  return toProject(
    await db.selectFrom('projects').selectAll().where('kind', '=', 'inbox').executeTakeFirstOrThrow(),
  );
}

export async function getProject(db: Kysely<Database>, id: string): Promise<Project | undefined> {
  const row = await db.selectFrom('projects').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toProject(row);
}

export async function listProjects(db: Kysely<Database>): Promise<ProjectSummary[]> {
  const rows = await db
    .selectFrom('projects as p')
    .leftJoin('documents as d', 'd.project_id', 'p.id')
    .select(['p.id', 'p.name', 'p.kind', 'p.created'])
    .select((eb) => eb.fn.count<number | string>('d.id').as('documents'))
    .groupBy(['p.id', 'p.name', 'p.kind', 'p.created'])
    .orderBy('p.created')
    .orderBy('p.id')
    .execute();
  // The Inbox first, then the others oldest first.
  return rows
    .map((r) => ({ ...toProject(r), documents: Number(r.documents) }))
    .sort((a, b) => Number(b.inbox) - Number(a.inbox));
}

export async function renameProject(
  db: Kysely<Database>,
  id: string,
  name: string,
): Promise<Project | undefined> {
  const row = await db
    .updateTable('projects')
    .set({ name })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row && toProject(row);
}

/** Deletes the project, its documents, runs and batches, and the bytes nothing else refers to. */
export async function deleteProject(db: Kysely<Database>, id: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const shas = await trx.selectFrom('documents').select('sha256').where('project_id', '=', id).execute();
    // Jobs and runs go with their documents (ON DELETE CASCADE), batches with the project.
    const deleted = await trx.deleteFrom('projects').where('id', '=', id).executeTakeFirst();
    await deleteOrphanBlobs(
      trx,
      shas.map((s) => s.sha256),
    );
    return Number(deleted.numDeletedRows) > 0;
  });
}
