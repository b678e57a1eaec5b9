import { hashKey } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { RunOptions } from '../run/runOptions.ts';
import type { RunResult } from '../run/runOcr.ts';

/**
 * The OCR runs of the open document as server state: TanStack Query's cache, keyed by the
 * document's SHA-256 and the run options. This module is the only one that spells the key; the
 * run itself, compare, sessions and the document lifecycle all reach the cache through it.
 */
const RUNS = 'ocr';

/** The cache key of one run. Equal options give equal keys whatever their property order. */
export const runKey = (hash: string | null, options: RunOptions) => [RUNS, hash, options] as const;

/** A run's id: its key hashed the way TanStack Query does (object key order does not matter). */
export const runId = (hash: string, options: RunOptions): string => hashKey(runKey(hash, options));

/** The finished runs of one document in the cache, with their options, in the order first asked for. */
export function cachedRuns(client: QueryClient, hash: string): { options: RunOptions; result: RunResult }[] {
  return client
    .getQueriesData<RunResult>({ queryKey: [RUNS, hash] })
    .filter((e): e is [readonly unknown[], RunResult] => e[1] !== undefined)
    .map(([key, result]) => ({ options: key[2] as RunOptions, result }));
}

/**
 * Puts finished runs (from a session file) into the cache under the keys a live run would use, so
 * showing one is a cache hit and calls no OCR. A run of a page range starts at its range's first page.
 */
export function seedRuns(
  client: QueryClient,
  hash: string,
  runs: readonly { options: RunOptions; response: unknown }[],
): void {
  for (const { options, response } of runs) {
    const result: RunResult = { response, pageOffset: options.range?.[0] ?? 0, elapsedMs: 0 };
    client.setQueryData(runKey(hash, options), result);
  }
}

/** Cancels every run in flight, of any document (a run for a replaced document is of no use). */
export function cancelRuns(client: QueryClient): Promise<void> {
  return client.cancelQueries({ queryKey: [RUNS] });
}
