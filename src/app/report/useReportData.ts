import { useMemo } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDocuments } from '../projects/queries.ts';
import type { StoredDocument } from '../projects/schemas.ts';
import { fetchReport } from './api.ts';
import { useReportUi } from './reportStore.ts';

export const reportKeys = {
  report: (projectId: string, keys: readonly string[]) => ['report', projectId, ...keys] as const,
  audit: (id: string) => ['audit', id] as const,
  audits: (projectId: string) => ['audits', projectId] as const,
  auditItems: (id: string) => ['audit', id, 'items'] as const,
};

/** Option sets with a finished run in the project, most documents first. */
export function availableKeys(docs: readonly StoredDocument[]): { key: string; documents: number }[] {
  const counts = new Map<string, number>();
  for (const d of docs)
    for (const k of new Set(d.runs.filter((r) => r.status === 'done' && !r.imported).map((r) => r.key)))
      counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts]
    .map(([key, documents]) => ({ key, documents }))
    .sort((a, b) => b.documents - a.documents);
}

/** The chosen sets in order: the user's pick, else every available set (at most four). */
export function chosenKeys(
  picked: readonly string[] | undefined,
  available: readonly { key: string }[],
): string[] {
  const keys = new Set(available.map((a) => a.key));
  if (picked) return picked.filter((k) => keys.has(k));
  return available.slice(0, 4).map((a) => a.key);
}

/** The run of `key` for a document (to open it in the viewer showing that set). */
export function runOf(docs: readonly StoredDocument[], docId: string, key: string): string | null {
  const d = docs.find((x) => x.id === docId);
  return d?.runs.find((r) => r.key === key && r.status === 'done')?.id ?? null;
}

/** What the report view needs: the project's documents, the sets to report, and the report itself. */
export function useReportData(projectId: string) {
  const docs = useDocuments(projectId);
  const picked = useReportUi((s) => s.keys[projectId]);
  const available = useMemo(() => availableKeys(docs.data ?? []), [docs.data]);
  const keys = useMemo(() => chosenKeys(picked, available), [picked, available]);
  const report = useQuery({
    queryKey: reportKeys.report(projectId, keys),
    queryFn: ({ signal }) => fetchReport(projectId, keys, signal),
    enabled: keys.length > 0,
    // Picking another set keeps the figures on screen until the new ones come.
    placeholderData: keepPreviousData,
    retry: false,
  });
  return { docs, available, keys, report };
}
