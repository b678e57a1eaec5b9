import type { Kysely } from 'kysely';
import { runPages } from '../../model/report/pages.ts';
import { sampleIndexes, seededRandom } from '../../model/report/random.ts';
import { wilsonInterval } from '../../model/report/wilson.ts';
import { normalizeText } from '../../model/review/metrics.ts';
import type { Bounds } from '../../model/types.ts';
import { documentsOf } from '../store/documents.ts';
import { newId, nowIso } from '../store/ids.ts';
import type { AuditAnswer, Database } from '../store/schema.ts';

/**
 * Sampling audits (issue 16 §5): a seeded random sample of one option set's words across a
 * project; each answered right, wrong or corrected; word accuracy with a Wilson 95% interval.
 */

export interface AuditProgress {
  id: string;
  projectId: string;
  key: string;
  size: number;
  seed: number;
  /** Words the sample was drawn from. */
  population: number;
  created: string;
  answered: number;
  right: number;
  wrong: number;
  corrected: number;
  /** Share of answered words that were right; null before the first answer. */
  accuracy: number | null;
  ci95: [number, number] | null;
}

export interface AuditItem {
  n: number;
  documentId: string;
  runId: string;
  page: number;
  field: number;
  text: string;
  confidence: number;
  box: Bounds | null;
  answer: AuditAnswer | null;
  correction: string | null;
  reviewer: string | null;
  answered: string | null;
}

/** Draws the sample: every word of the set's done runs, in project order, then `size` of them. */
export async function createAudit(
  db: Kysely<Database>,
  projectId: string,
  key: string,
  size: number,
  seed: number,
): Promise<string> {
  const docs = await documentsOf(db, projectId);
  const runs = await db
    .selectFrom('runs')
    .innerJoin('documents', 'documents.id', 'runs.document_id')
    .select(['runs.id', 'runs.document_id', 'runs.response'])
    .where('documents.project_id', '=', projectId)
    .where('runs.key', '=', key)
    .where('runs.status', '=', 'done')
    .execute();
  const runOf = new Map(runs.map((r) => [r.document_id, r]));
  const words: Omit<Database['audit_items'], 'audit_id' | 'n'>[] = [];
  for (const d of docs) {
    const run = runOf.get(d.id);
    if (!run?.response) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(run.response);
    } catch {
      continue;
    }
    for (const p of runPages(parsed))
      for (const w of p.words) {
        if (normalizeText(w.text) === '') continue;
        words.push({
          document_id: d.id,
          run_id: run.id,
          page: p.page,
          field: w.field,
          text: w.text,
          confidence: w.confidence,
          box: w.bounds && JSON.stringify(w.bounds),
          answer: null,
          correction: null,
          reviewer: null,
          answered: null,
        });
      }
  }
  const id = newId();
  const picked = sampleIndexes(words.length, size, seededRandom(seed));
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('audits')
      .values({ id, project_id: projectId, key, size, seed, population: words.length, created: nowIso() })
      .execute();
    const items = picked.map((i, n) => ({ audit_id: id, n, ...words[i] }));
    for (let k = 0; k < items.length; k += 200)
      await trx
        .insertInto('audit_items')
        .values(items.slice(k, k + 200))
        .execute();
  });
  return id;
}

export async function auditProgress(db: Kysely<Database>, id: string): Promise<AuditProgress | undefined> {
  const audit = await db.selectFrom('audits').selectAll().where('id', '=', id).executeTakeFirst();
  if (!audit) return undefined;
  const counts = await db
    .selectFrom('audit_items')
    .select(['answer', 'text', 'correction'])
    .where('audit_id', '=', id)
    .where('answer', 'is not', null)
    .execute();
  let right = 0;
  let wrong = 0;
  let corrected = 0;
  for (const c of counts) {
    if (c.answer === 'right') right++;
    else if (c.answer === 'wrong') wrong++;
    // A "correction" to the same text says the word was right after all.
    else if (normalizeText(c.correction ?? '') === normalizeText(c.text)) right++;
    else corrected++;
  }
  const answered = counts.length;
  return {
    id: audit.id,
    projectId: audit.project_id,
    key: audit.key,
    size: audit.size,
    seed: audit.seed,
    population: audit.population,
    created: audit.created,
    answered,
    right,
    wrong,
    corrected,
    accuracy: answered > 0 ? right / answered : null,
    ci95: wilsonInterval(right, answered),
  };
}

export async function listAudits(db: Kysely<Database>, projectId: string): Promise<AuditProgress[]> {
  const ids = await db
    .selectFrom('audits')
    .select('id')
    .where('project_id', '=', projectId)
    .orderBy('created', 'desc')
    .execute();
  const out: AuditProgress[] = [];
  for (const { id } of ids) {
    const p = await auditProgress(db, id);
    if (p) out.push(p);
  }
  return out;
}

type ItemRow = Database['audit_items'];
const toItem = (r: ItemRow): AuditItem => ({
  n: r.n,
  documentId: r.document_id,
  runId: r.run_id,
  page: r.page,
  field: r.field,
  text: r.text,
  confidence: r.confidence,
  box: r.box === null ? null : (JSON.parse(r.box) as Bounds),
  answer: r.answer,
  correction: r.correction,
  reviewer: r.reviewer,
  answered: r.answered,
});

export async function auditItems(db: Kysely<Database>, id: string): Promise<AuditItem[]> {
  const rows = await db
    .selectFrom('audit_items')
    .selectAll()
    .where('audit_id', '=', id)
    .orderBy('n')
    .execute();
  return rows.map(toItem);
}

/** Records an answer (a later answer replaces an earlier one); undefined for an unknown item. */
export async function answerItem(
  db: Kysely<Database>,
  id: string,
  n: number,
  answer: { answer: AuditAnswer; correction: string | null; reviewer: string | null },
): Promise<AuditItem | undefined> {
  const done = await db
    .updateTable('audit_items')
    .set({ ...answer, answered: nowIso() })
    .where('audit_id', '=', id)
    .where('n', '=', n)
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) === 0) return undefined;
  const row = await db
    .selectFrom('audit_items')
    .selectAll()
    .where('audit_id', '=', id)
    .where('n', '=', n)
    .executeTakeFirstOrThrow();
  return toItem(row);
}
