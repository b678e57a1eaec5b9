import { useQuery } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { fetchRunResponse, getBatch, listDocuments, listProjects } from './api.ts';
import { batchFinished } from './batchProgress.ts';
import { summarizeRun } from './runSummary.ts';

/** Query keys of the store's server state. A run's response never changes once done: cached for good. */
export const projectKeys = {
  projects: ['projects'] as const,
  documents: (projectId: string) => ['projects', projectId, 'documents'] as const,
  runResponse: (runId: string) => ['stored-run', runId] as const,
  batch: (batchId: string) => ['batch', batchId] as const,
};

export function useProjectList() {
  return useQuery({ queryKey: projectKeys.projects, queryFn: ({ signal }) => listProjects(signal) });
}

/** A project's documents; polled while a batch runs, so rows change status as jobs finish. */
export function useDocuments(projectId: string | null, pollMs: number | false = false) {
  return useQuery({
    queryKey: projectKeys.documents(projectId ?? ''),
    queryFn: ({ signal }) => listDocuments(projectId!, signal),
    enabled: projectId !== null,
    refetchInterval: pollMs,
  });
}

export const runResponseQuery = (runId: string) => ({
  queryKey: projectKeys.runResponse(runId),
  queryFn: ({ signal }: { signal: AbortSignal }) => fetchRunResponse(runId, signal),
  staleTime: Infinity,
  gcTime: 5 * 60_000,
  retry: false,
});

/** Mean confidence and doubtful words of a done run, fetched when its row is on screen. */
export function useRunSummary(runId: string | null, doubtfulBelow: number) {
  return useQuery({
    ...runResponseQuery(runId ?? ''),
    enabled: runId !== null,
    select: (response: unknown) => summarizeRun(response, doubtfulBelow),
  });
}

const BATCH_POLL_MS = 700;

/** A batch's counts, polled until it has nothing left to do. */
export function useBatch(batchId: string | null) {
  return useQuery({
    queryKey: projectKeys.batch(batchId ?? ''),
    queryFn: ({ signal }) => getBatch(batchId!, signal),
    enabled: batchId !== null,
    retry: false,
    refetchInterval: (q) => (q.state.data && batchFinished(q.state.data) ? false : BATCH_POLL_MS),
  });
}

export function invalidateProject(client: QueryClient, projectId: string): Promise<void> {
  return Promise.all([
    client.invalidateQueries({ queryKey: projectKeys.documents(projectId) }),
    client.invalidateQueries({ queryKey: projectKeys.projects, exact: true }),
  ]).then(() => undefined);
}
