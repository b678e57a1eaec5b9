import type { Kysely } from 'kysely';
import type { GroundTruth } from '../../model/groundTruth/types.ts';
import { runPages, truthPagesOfBody, truthPagesOfText } from '../../model/report/pages.ts';
import type { TruthPage } from '../../model/report/pages.ts';
import type { ReportDocumentInput, ReportSetInput } from '../../model/report/report.ts';
import { RelayError } from '../errors.ts';
import { documentsOf } from '../store/documents.ts';
import { optionsOfKey } from '../store/runs.ts';
import type { Database } from '../store/schema.ts';

/** Option sets (run keys) a project has runs of, in key order. */
export async function projectKeys(db: Kysely<Database>, projectId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('runs')
    .innerJoin('documents', 'documents.id', 'runs.document_id')
    .select('runs.key')
    .distinct()
    .where('documents.project_id', '=', projectId)
    .execute();
  return rows.map((r) => r.key).sort();
}

/**
 * The keys asked for, checked against the project's (all of them when none is asked): an unknown
 * key is a clear 400 naming the ones there are, not an empty report.
 */
export function chooseKeys(asked: readonly string[], known: readonly string[]): string[] {
  if (asked.length === 0) return [...known];
  const unknown = asked.find((k) => !known.includes(k));
  if (unknown !== undefined)
    throw new RelayError(
      '0011',
      `This project has no runs of option set "${unknown}". Its option sets: ${known.length > 0 ? known.join(', ') : 'none yet (run a batch first)'}.`,
    );
  return [...new Set(asked)];
}

/** A ground-truth row as the report reads it: the reviewed boxes when there are, else the text. */
export function truthOf(row: { body: string | null; truth_text: string | null }): TruthPage[] | null {
  if (row.body !== null) {
    try {
      const gt = JSON.parse(row.body) as GroundTruth;
      if (Array.isArray(gt.images)) return truthPagesOfBody(gt);
    } catch {
      // A body that does not parse is skipped in favour of the text, if any; the store keeps it.
    }
  }
  return row.truth_text !== null ? truthPagesOfText(row.truth_text) : null;
}

/** Documents whose runs are read per query. */
const RUN_SLICE = 100;

/** Everything buildReport needs from the store: documents in list order, ground truth, done runs. */
export async function loadReportInput(
  db: Kysely<Database>,
  projectId: string,
  keys: readonly string[],
): Promise<{ docs: ReportDocumentInput[]; sets: ReportSetInput[] }> {
  const docs = await documentsOf(db, projectId);
  const truths = await db
    .selectFrom('ground_truth')
    .innerJoin('documents', 'documents.id', 'ground_truth.document_id')
    .select(['ground_truth.document_id', 'ground_truth.body', 'ground_truth.truth_text'])
    .where('documents.project_id', '=', projectId)
    .execute();
  const truthByDoc = new Map(truths.map((t) => [t.document_id, truthOf(t)]));
  const runs = new Map<string, Map<string, ReturnType<typeof runPages>>>();
  const options = new Map<string, unknown>();
  // Runs are read a slice of documents at a time, each JSON text parsed and dropped before the
  // next slice: a large project never holds all its raw responses at once.
  for (let i = 0; keys.length > 0 && i < docs.length; i += RUN_SLICE) {
    const rows = await db
      .selectFrom('runs')
      .select(['document_id', 'key', 'options', 'response'])
      .where(
        'document_id',
        'in',
        docs.slice(i, i + RUN_SLICE).map((d) => d.id),
      )
      .where('status', '=', 'done')
      .where('key', 'in', [...keys])
      .execute();
    for (const r of rows) {
      if (r.response === null) continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(r.response);
      } catch {
        continue;
      }
      const byKey = runs.get(r.document_id) ?? new Map();
      byKey.set(r.key, runPages(parsed));
      runs.set(r.document_id, byKey);
      if (r.options !== null && !options.has(r.key)) options.set(r.key, JSON.parse(r.options));
    }
  }
  return {
    docs: docs.map((d) => ({
      id: d.id,
      name: d.name,
      truth: truthByDoc.get(d.id) ?? null,
      runs: runs.get(d.id) ?? new Map(),
    })),
    sets: keys.map((key) => ({ key, options: options.get(key) ?? optionsOfKey(key) })),
  };
}
