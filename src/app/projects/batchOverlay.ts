import type { BatchProgress, StoredDocument, StoredRun } from './schemas.ts';

/**
 * The documents with the batch's own per-document statuses laid over their run of its option set.
 * The batch is polled more often than the (much larger) documents list, so rows change as jobs
 * finish. Documents the batch does not change keep their objects; nothing changed, same array.
 */
export function withBatchStatus(docs: StoredDocument[], batch: BatchProgress | undefined): StoredDocument[] {
  const key = batch?.key;
  if (!key || !batch.documents?.length) return docs;
  const byDoc = new Map(batch.documents.map((d) => [d.documentId, d]));
  let changed = false;
  const out = docs.map((doc) => {
    const job = byDoc.get(doc.id);
    if (!job) return doc;
    const run = doc.runs.find((r) => r.key === key);
    const failure =
      job.status === 'failed'
        ? { code: job.error?.code ?? 'failed', message: job.error?.message ?? '' }
        : null;
    const id = job.runId ?? run?.id;
    if (!id || (run && run.status === job.status && run.id === id)) return doc;
    changed = true;
    const next: StoredRun = {
      id,
      key,
      options: run?.options ?? null,
      status: job.status,
      imported: false,
      failure,
    };
    return { ...doc, runs: run ? doc.runs.map((r) => (r === run ? next : r)) : [...doc.runs, next] };
  });
  return changed ? out : docs;
}
