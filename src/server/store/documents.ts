import type { Kysely, Selectable } from 'kysely';
import { deleteOrphanBlobs, putBlob } from './blobs.ts';
import { newId, nowIso } from './ids.ts';
import { IMPORTED_KEY } from './optionSet.ts';
import type { Database } from './schema.ts';
import { optionsOfKey, RUN_COLUMNS, toRunSummary } from './runs.ts';
import type { RunBrief, RunRow, RunSummary } from './runs.ts';

export interface StoredDocument {
  id: string;
  projectId: string;
  name: string;
  sha256: string;
  /** png, jpg, pdf or tiff: the container its bytes are (checked by magic bytes on upload). */
  format: string;
  pages: number;
  size: number;
  created: string;
}

export interface DocumentWithRuns extends StoredDocument {
  runs: RunSummary[];
}

export interface ListedDocument extends StoredDocument {
  runs: RunBrief[];
}

/** A checked upload, ready to store. `response` is a saved CLOVA response to import as a run. */
export interface NewDocument {
  name: string;
  bytes: Buffer;
  sha256: string;
  format: string;
  pages: number;
  response?: string;
}

type DocRow = Selectable<Database['documents']>;
const toDocument = (r: DocRow): StoredDocument => ({
  id: r.id,
  projectId: r.project_id,
  name: r.name,
  sha256: r.sha256,
  format: r.format,
  pages: r.pages,
  size: r.size,
  created: r.created,
});

/**
 * Adds documents to a project in one transaction: a failure stores none of them. A file already
 * in the project (same bytes) is not added twice: its existing document is answered. `imports`
 * attach saved responses to documents already stored.
 */
export async function addDocuments(
  db: Kysely<Database>,
  projectId: string,
  docs: NewDocument[],
  imports: { documentId: string; response: string }[] = [],
): Promise<StoredDocument[]> {
  return db.transaction().execute(async (trx) => {
    const out: StoredDocument[] = [];
    for (const d of docs) {
      await putBlob(trx, d.sha256, d.bytes);
      let row = await trx
        .selectFrom('documents')
        .selectAll()
        .where('project_id', '=', projectId)
        .where('sha256', '=', d.sha256)
        .executeTakeFirst();
      if (!row) {
        row = {
          id: newId(),
          project_id: projectId,
          name: d.name,
          sha256: d.sha256,
          format: d.format,
          pages: d.pages,
          size: d.bytes.length,
          created: nowIso(),
        };
        await trx.insertInto('documents').values(row).execute();
      }
      if (d.response !== undefined) await importRun(trx, row.id, d.response);
      out.push(toDocument(row));
    }
    for (const i of imports) await importRun(trx, i.documentId, i.response);
    return out;
  });
}

/** A saved response as the document's imported run (one per document: a new import replaces it). */
async function importRun(db: Kysely<Database>, documentId: string, response: string): Promise<void> {
  const now = nowIso();
  await db
    .insertInto('runs')
    .values({
      id: newId(),
      document_id: documentId,
      key: IMPORTED_KEY,
      options: null,
      status: 'done',
      imported: 1,
      response,
      error_code: null,
      error_message: null,
      created: now,
      started: null,
      finished: now,
      claimed_by: null,
      lease_until: null,
    })
    .onConflict((oc) => oc.columns(['document_id', 'key']).doUpdateSet({ response, finished: now }))
    .execute();
}

function withRuns(docs: DocRow[], runs: RunRow[]): DocumentWithRuns[] {
  const byDoc = new Map<string, RunSummary[]>();
  for (const r of runs) {
    const list = byDoc.get(r.document_id) ?? [];
    list.push(toRunSummary(r));
    byDoc.set(r.document_id, list);
  }
  return docs.map((d) => ({ ...toDocument(d), runs: byDoc.get(d.id) ?? [] }));
}

/** A project's document rows in list order: oldest first, then by name. */
export function documentsOf(db: Kysely<Database>, projectId: string) {
  return db
    .selectFrom('documents')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('created')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/**
 * The project's documents, oldest first, each with its runs in brief (no response, no times):
 * two queries whatever the size, since a 5,000-document project is listed at once.
 */
export async function listDocuments(db: Kysely<Database>, projectId: string): Promise<ListedDocument[]> {
  const docs = await documentsOf(db, projectId);
  const runs = await db
    .selectFrom('runs')
    .innerJoin('documents', 'documents.id', 'runs.document_id')
    .select([
      'runs.id',
      'runs.document_id',
      'runs.key',
      'runs.status',
      'runs.imported',
      'runs.error_code',
      'runs.error_message',
    ])
    .where('documents.project_id', '=', projectId)
    .execute();
  const byDoc = new Map<string, RunBrief[]>();
  for (const r of runs) {
    const brief: RunBrief = {
      id: r.id,
      key: r.key,
      options: optionsOfKey(r.key),
      status: r.status,
      imported: r.imported === 1,
      ...(r.error_code ? { error: { code: r.error_code, message: r.error_message ?? '' } } : {}),
    };
    const list = byDoc.get(r.document_id);
    if (list) list.push(brief);
    else byDoc.set(r.document_id, [brief]);
  }
  // Runs in key order, the same for every document (the list shows them as columns).
  return docs.map((d) => ({
    ...toDocument(d),
    runs: (byDoc.get(d.id) ?? []).sort((a, b) => (a.key < b.key ? -1 : 1)),
  }));
}

export async function getDocument(db: Kysely<Database>, id: string): Promise<DocumentWithRuns | undefined> {
  const doc = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!doc) return undefined;
  const runs = await db
    .selectFrom('runs')
    .select(RUN_COLUMNS)
    .where('document_id', '=', id)
    .orderBy('created')
    .execute();
  return withRuns([doc], runs)[0];
}

export async function getDocumentFile(
  db: Kysely<Database>,
  id: string,
): Promise<{ document: StoredDocument; bytes: Buffer } | undefined> {
  const row = await db
    .selectFrom('documents')
    .innerJoin('blobs', 'blobs.sha256', 'documents.sha256')
    .selectAll('documents')
    .select('blobs.bytes')
    .where('documents.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { bytes, ...doc } = row;
  return { document: toDocument(doc), bytes };
}

/** Deletes the document with its runs, and its bytes when no other document has them. */
export async function deleteDocument(db: Kysely<Database>, id: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.deleteFrom('documents').where('id', '=', id).returning('sha256').executeTakeFirst();
    if (!row) return false;
    await deleteOrphanBlobs(trx, [row.sha256]);
    return true;
  });
}
