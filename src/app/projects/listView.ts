import type { RunStatus, StoredDocument, StoredRun } from './schemas.ts';

export type SortKey = 'name' | 'pages' | 'status';
export type StatusFilter = 'all' | RunStatus | 'none';

export interface ListQuery {
  text: string;
  status: StatusFilter;
  sort: SortKey;
  descending: boolean;
}

export const DEFAULT_QUERY: ListQuery = { text: '', status: 'all', sort: 'name', descending: false };

/** The run of this option set, or (no set chosen) the document's most telling run. */
export function runFor(doc: StoredDocument, key: string | null): StoredRun | undefined {
  if (key !== null) return doc.runs.find((r) => r.key === key);
  return doc.runs.find((r) => r.status === 'done') ?? doc.runs[0];
}

/** A document's status for one option set: its run's, or 'none' when it never ran with it. */
export function statusOf(doc: StoredDocument, key: string | null): RunStatus | 'none' {
  return runFor(doc, key)?.status ?? 'none';
}

// Failures first: they are what a reviewer acts on.
const STATUS_ORDER: Record<RunStatus | 'none', number> = {
  failed: 0,
  running: 1,
  queued: 2,
  none: 3,
  done: 4,
};

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Filtered and sorted documents (pure, so the 5,000-row list is cheap to recompute and to test). */
export function viewDocuments(
  docs: readonly StoredDocument[],
  q: ListQuery,
  key: string | null,
): StoredDocument[] {
  const text = q.text.trim().toLowerCase();
  const kept = docs.filter(
    (d) =>
      (!text || d.name.toLowerCase().includes(text)) && (q.status === 'all' || statusOf(d, key) === q.status),
  );
  const cmp = (a: StoredDocument, b: StoredDocument): number => {
    if (q.sort === 'pages' && a.pages !== b.pages) return a.pages - b.pages;
    if (q.sort === 'status') {
      const d = STATUS_ORDER[statusOf(a, key)] - STATUS_ORDER[statusOf(b, key)];
      if (d !== 0) return d;
    }
    return collator.compare(a.name, b.name);
  };
  const sorted = kept.sort(cmp);
  return q.descending ? sorted.reverse() : sorted;
}

/** Counts per status for one option set, for the filter's labels. */
export function statusCounts(
  docs: readonly StoredDocument[],
  key: string | null,
): Record<StatusFilter, number> {
  const out: Record<StatusFilter, number> = {
    all: docs.length,
    queued: 0,
    running: 0,
    done: 0,
    failed: 0,
    none: 0,
  };
  for (const d of docs) out[statusOf(d, key)]++;
  return out;
}

/** The document after (1) or before (-1) `id` in the list's order, without wrapping. */
export function neighbour(order: readonly string[], id: string | null, step: 1 | -1): string | null {
  if (order.length === 0) return null;
  const i = id === null ? -1 : order.indexOf(id);
  if (i < 0) return step === 1 ? order[0] : order[order.length - 1];
  return order[i + step] ?? null;
}
