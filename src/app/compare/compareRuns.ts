import { hashKey } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { RunOptions } from '../run/runOptions.ts';
import type { RunResult } from '../run/runOcr.ts';

/** One response of the open document that can be compared: a cached OCR run, or the opened JSON. */
export interface CompareRun {
  /** Stable across renders: runId of its query key, or SAVED_RUN_ID. */
  id: string;
  label: string;
  raw: unknown;
  pageOffset: number;
  options: RunOptions | null;
}

export const SAVED_RUN_ID = 'saved';

/** A run's id: its query key hashed the way TanStack Query does (object key order does not matter). */
export const runId = (hash: string, options: RunOptions): string => hashKey(['ocr', hash, options]);

/** "tesseract · V2 · ko · tables", short enough for a select box. */
export function runLabel(o: RunOptions): string {
  const parts = [o.engine || 'default engine', o.version, o.lang || 'auto lang'];
  if (o.enableTableDetection) parts.push('tables');
  if (o.range) parts.push(`pages ${o.range[0] + 1}–${o.range[1] + 1}`);
  return parts.join(' · ');
}

/**
 * The runs of the document with this hash found in the query cache (finished ones only), then the
 * saved response the user opened, if any. Cache order is the order the runs were first asked for.
 */
export function listRuns(
  client: QueryClient,
  hash: string | null,
  saved: { name: string; json: unknown } | null,
): CompareRun[] {
  const runs: CompareRun[] = [];
  if (hash) {
    for (const [key, data] of client.getQueriesData<RunResult>({ queryKey: ['ocr', hash] })) {
      if (!data) continue;
      const options = key[2] as RunOptions;
      runs.push({
        id: runId(hash, options),
        label: runLabel(options),
        raw: data.response,
        pageOffset: data.pageOffset,
        options,
      });
    }
  }
  if (saved) {
    runs.push({
      id: SAVED_RUN_ID,
      label: `${saved.name} (opened)`,
      raw: saved.json,
      pageOffset: 0,
      options: null,
    });
  }
  return runs;
}
