import type { Kysely, Selectable, Transaction } from 'kysely';
import { z } from 'zod';
import { GroundTruthSchema } from '../../model/groundTruth/index.ts';
import { newId } from './ids.ts';
import type { Database, GroundTruthChangeTable, GroundTruthTable } from './schema.ts';

/**
 * A document's ground truth in a project archive: proofreading is work a reviewer must not lose by
 * moving a project to another relay. The row as stored (revision, the reviewed body, the text
 * given as a whole), the run it is matched to (by its place among the document's archived runs:
 * run ids are made anew on import), and the change log with who changed what, when.
 */
export const ArchivedGroundTruthSchema = z.strictObject({
  revision: z.number().int().min(0),
  /** Index into the document's `runs`; null when that run is not in the archive. */
  run: z.number().int().min(0).nullable(),
  updated: z.string().max(40),
  /** The reviewed body (GroundTruth JSON) and the text ground truth, each a file in the zip. */
  body: z.string().max(1000).optional(),
  text: z.string().max(1000).optional(),
  /** The change log, a JSON array file (ArchivedChangesSchema). */
  changes: z.string().max(1000),
});
export type ArchivedGroundTruth = z.infer<typeof ArchivedGroundTruthSchema>;

export const ArchivedChangesSchema = z
  .array(
    z.strictObject({
      revision: z.number().int().min(1),
      reviewer: z.string().min(1).max(200),
      at: z.string().max(40),
      entries: z.array(z.unknown()),
    }),
  )
  .max(1_000_000);
export type ArchivedChanges = z.infer<typeof ArchivedChangesSchema>;

/** What an import writes for one document's ground truth (files read and checked). */
export interface ImportedGroundTruth {
  revision: number;
  run: number | null;
  updated: string;
  body: string | null;
  text: string | null;
  changes: ArchivedChanges;
}

export interface StoredGroundTruth {
  row: Selectable<GroundTruthTable>;
  changes: Selectable<GroundTruthChangeTable>[];
}

/** The project's ground-truth rows that hold ground truth (reviewed boxes or text), with their logs. */
export async function groundTruthForExport(
  db: Kysely<Database>,
  projectId: string,
): Promise<Map<string, StoredGroundTruth>> {
  const rows = await db
    .selectFrom('ground_truth')
    .innerJoin('documents', 'documents.id', 'ground_truth.document_id')
    .selectAll('ground_truth')
    .where('documents.project_id', '=', projectId)
    .where((eb) =>
      eb.or([eb('ground_truth.body', 'is not', null), eb('ground_truth.truth_text', 'is not', null)]),
    )
    .execute();
  const out = new Map<string, StoredGroundTruth>(rows.map((row) => [row.document_id, { row, changes: [] }]));
  if (rows.length === 0) return out;
  const changes = await db
    .selectFrom('ground_truth_changes')
    .selectAll()
    .where('document_id', 'in', [...out.keys()])
    .orderBy('document_id')
    .orderBy('revision')
    .execute();
  for (const c of changes) out.get(c.document_id)?.changes.push(c);
  return out;
}

/** The change log as the archive's changes file holds it. */
export function changesFile(changes: readonly Selectable<GroundTruthChangeTable>[]): ArchivedChanges {
  return changes.map((c) => ({
    revision: c.revision,
    reviewer: c.reviewer,
    at: c.at,
    entries: JSON.parse(c.entries) as unknown[],
  }));
}

/**
 * Checks an archived body before it is stored: a CLOVA-shaped ground truth with unique word ids.
 * Returns the problem in words, or null.
 */
export function bodyProblem(body: string): string | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return 'is not valid JSON';
  }
  const parsed = GroundTruthSchema.safeParse(json);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return `is not ground truth: ${issue.path.join('.') || '(root)'}: ${issue.message}`;
}

/** Inside the import's transaction: the document's ground-truth row and its change log. */
export async function insertGroundTruth(
  trx: Transaction<Database>,
  documentId: string,
  runIds: readonly string[],
  gt: ImportedGroundTruth,
): Promise<void> {
  await trx
    .insertInto('ground_truth')
    .values({
      document_id: documentId,
      revision: gt.revision,
      body: gt.body,
      truth_text: gt.text,
      run_id: gt.run === null ? null : (runIds[gt.run] ?? null),
      updated: gt.updated,
    })
    .execute();
  for (const c of gt.changes) {
    await trx
      .insertInto('ground_truth_changes')
      .values({
        id: newId(),
        document_id: documentId,
        revision: c.revision,
        reviewer: c.reviewer,
        at: c.at,
        entries: JSON.stringify(c.entries),
      })
      .execute();
  }
}
