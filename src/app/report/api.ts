import type { z } from '../../clova/zod.ts';
import { call } from '../projects/api.ts';
import { download } from '../lib/download.ts';
import { ReportSchema } from './schema.ts';
import type { Report } from './schema.ts';
import { AnsweredSchema, AuditItemsSchema, AuditListSchema, AuditSchema } from './audit/auditSchema.ts';
import type { Answer, Audit, AuditItem, TruthOutcome } from './audit/auditSchema.ts';

/** The report and audit routes (issue 16 §9): the app's one client of them. */
const enc = encodeURIComponent;

export type ExportFormat = 'html' | 'csv';

/** `/api/projects/:id/report?set=a&set=b[&format=]`: the sets in the order asked. */
export function reportUrl(projectId: string, keys: readonly string[], format?: ExportFormat): string {
  const q = new URLSearchParams();
  for (const k of keys) q.append('set', k);
  if (format) q.set('format', format);
  return `/api/projects/${enc(projectId)}/report?${q.toString()}`;
}

async function parsed<S extends z.ZodType>(schema: S, res: Response, what: string): Promise<z.infer<S>> {
  const body: unknown = await res.json().catch(() => undefined);
  const out = schema.safeParse(body);
  if (!out.success) throw new Error(`The relay's ${what} is not what this app expects.`);
  return out.data;
}

export async function fetchReport(
  projectId: string,
  keys: readonly string[],
  signal?: AbortSignal,
): Promise<Report> {
  return parsed(ReportSchema, await call(reportUrl(projectId, keys), { signal }), 'report');
}

/** The file name the relay suggests (Content-Disposition), else one from the project's name. */
function fileName(res: Response, fallback: string): string {
  const cd = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(cd);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(cd);
  return plain ? plain[1] : fallback;
}

/**
 * Saves the HTML or CSV export. Fetched with the access key (as the stored files are), then saved
 * as an ordinary download: a plain link could not send the key.
 */
export async function downloadExport(
  projectId: string,
  projectName: string,
  keys: readonly string[],
  format: ExportFormat,
): Promise<void> {
  const res = await call(reportUrl(projectId, keys, format));
  const base = projectName.replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^-+|-+$/g, '') || 'project';
  download(fileName(res, `${base}-report.${format}`), await res.blob());
}

const json = (body: unknown, method = 'POST'): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

export async function startAudit(projectId: string, key: string, size: number, seed: number): Promise<Audit> {
  const res = await call(`/api/projects/${enc(projectId)}/audits`, json({ key, size, seed }));
  return parsed(AuditSchema, res, 'audit');
}

export async function fetchAudit(id: string, signal?: AbortSignal): Promise<Audit> {
  return parsed(AuditSchema, await call(`/api/audits/${enc(id)}`, { signal }), 'audit');
}

/** The project's audits, newest first, each with its progress and estimate. */
export async function fetchAudits(projectId: string, signal?: AbortSignal): Promise<Audit[]> {
  return parsed(AuditListSchema, await call(`/api/projects/${enc(projectId)}/audits`, { signal }), 'audits');
}

export async function fetchAuditItems(id: string, signal?: AbortSignal): Promise<AuditItem[]> {
  return parsed(AuditItemsSchema, await call(`/api/audits/${enc(id)}/items`, { signal }), 'audit sample');
}

/** One answer: right, wrong, or corrected with the right text (which the relay adds to the ground truth). */
export async function answerAudit(
  id: string,
  n: number,
  answer: Answer,
  text: string | null,
): Promise<{ item: AuditItem; groundTruth: TruthOutcome | null; progress: Audit }> {
  const body = text === null ? { answer } : { answer, text };
  const res = await call(`/api/audits/${enc(id)}/items/${n}`, json(body, 'PUT'));
  return parsed(AnsweredSchema, res, 'answer');
}
