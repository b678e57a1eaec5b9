import type { QueryClient } from '@tanstack/react-query';
import type { SessionRunOptions } from '../../model/index.ts';
import type { RunOptions } from '../run/runOptions.ts';
import type { RunResult } from '../run/runOcr.ts';

/** Only the five fields of the cache key: a session file may carry more, and the key must match exactly. */
export function runOptionsOf(o: SessionRunOptions): RunOptions {
  return {
    engine: o.engine,
    version: o.version,
    lang: o.lang,
    enableTableDetection: o.enableTableDetection,
    range: o.range ? [o.range[0], o.range[1]] : null,
  };
}

/** The finished runs of one document in the query cache, with their options. */
export function cachedRuns(client: QueryClient, hash: string): { options: RunOptions; result: RunResult }[] {
  return client
    .getQueriesData<RunResult>({ queryKey: ['ocr', hash] })
    .filter((e): e is [readonly unknown[], RunResult] => e[1] !== undefined)
    .map(([key, result]) => ({ options: key[2] as RunOptions, result }));
}

/**
 * Puts a session's runs into the cache under the keys a live run would use, so showing one is a
 * cache hit and calls no OCR. A run of a page range starts at its range's first page.
 */
export function seedRuns(
  client: QueryClient,
  hash: string,
  runs: readonly { options: SessionRunOptions; response: unknown }[],
): RunOptions[] {
  return runs.map((r) => {
    const options = runOptionsOf(r.options);
    const result: RunResult = { response: r.response, pageOffset: options.range?.[0] ?? 0, elapsedMs: 0 };
    client.setQueryData(['ocr', hash, options], result);
    return options;
  });
}
