import type { Kysely } from 'kysely';
import { z } from 'zod';
import { putBlob } from './blobs.ts';
import { documentsOf } from './documents.ts';
import { newId, nowIso } from './ids.ts';
import type { Database } from './schema.ts';
import { ArchivedGroundTruthSchema, insertGroundTruth } from './archiveGroundTruth.ts';
import type { ImportedGroundTruth } from './archiveGroundTruth.ts';

/** A run as a project archive carries it (its response is a file beside the manifest). */
export const ArchivedRunSchema = z.strictObject({
  key: z.string().min(1).max(200),
  options: z
    .strictObject({
      engine: z.enum(['clova', 'tesseract']),
      version: z.enum(['V1', 'V2']),
      lang: z.string().max(100),
      enableTableDetection: z.boolean(),
    })
    .nullable(),
  imported: z.boolean(),
  status: z.enum(['done', 'failed']),
  error: z.strictObject({ code: z.string().max(100), message: z.string().max(10_000) }).optional(),
  created: z.string().max(40),
  finished: z.string().max(40).nullable(),
  file: z.string().max(1000).optional(),
});
export type ArchivedRun = z.infer<typeof ArchivedRunSchema>;

export const ArchivedDocumentSchema = z.strictObject({
  name: z.string().min(1).max(255),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  format: z.enum(['png', 'jpg', 'pdf', 'tiff']),
  pages: z.number().int().min(1).max(100_000),
  created: z.string().max(40),
  file: z.string().max(1000),
  runs: z.array(ArchivedRunSchema).max(1000),
  groundTruth: ArchivedGroundTruthSchema.optional(),
});

export const MANIFEST_FORMAT = 'ocr-inspector-project';
export const ManifestSchema = z.strictObject({
  format: z.literal(MANIFEST_FORMAT),
  version: z.literal(1),
  exported: z.string(),
  project: z.strictObject({ name: z.string().min(1).max(200) }),
  documents: z.array(ArchivedDocumentSchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export interface ImportedDocument {
  name: string;
  sha256: string;
  format: string;
  pages: number;
  created: string;
  bytes: Buffer;
  runs: (ArchivedRun & { response: string | null })[];
  groundTruth?: ImportedGroundTruth;
}

/** A whole archived project as a new project, in one transaction (all of it or nothing). */
export async function importProject(
  db: Kysely<Database>,
  name: string,
  docs: ImportedDocument[],
): Promise<string> {
  const projectId = newId();
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('projects').values({ id: projectId, name, kind: null, created: nowIso() }).execute();
    for (const d of docs) {
      await putBlob(trx, d.sha256, d.bytes);
      const id = newId();
      await trx
        .insertInto('documents')
        .values({
          id,
          project_id: projectId,
          name: d.name,
          sha256: d.sha256,
          format: d.format,
          pages: d.pages,
          size: d.bytes.length,
          created: d.created,
        })
        .execute();
      const runIds: string[] = [];
      for (const r of d.runs) {
        const runId = newId();
        runIds.push(runId);
        await trx
          .insertInto('runs')
          .values({
            id: runId,
            document_id: id,
            key: r.key,
            options: r.options ? JSON.stringify(r.options) : null,
            status: r.status,
            imported: r.imported ? 1 : 0,
            response: r.response,
            error_code: r.error?.code ?? null,
            error_message: r.error?.message ?? null,
            created: r.created,
            started: null,
            finished: r.finished,
            claimed_by: null,
            lease_until: null,
          })
          .execute();
      }
      if (d.groundTruth) await insertGroundTruth(trx, id, runIds, d.groundTruth);
    }
  });
  return projectId;
}

/** Everything an export needs, responses included, for done and failed runs. */
export async function projectForExport(db: Kysely<Database>, projectId: string) {
  const docs = await documentsOf(db, projectId);
  const runs = await db
    .selectFrom('runs')
    .innerJoin('documents', 'documents.id', 'runs.document_id')
    .selectAll('runs')
    .where('documents.project_id', '=', projectId)
    .where('runs.status', 'in', ['done', 'failed'])
    .orderBy('runs.created')
    .orderBy('runs.key')
    .execute();
  return { docs, runs };
}
