import { useCallback, useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDocStore } from '../document/docStore.ts';
import { useUi } from '../ui/uiStore.ts';
import type { DocSource } from '../loaders/source.ts';
import { toRunOptions } from './runOptions.ts';
import type { RunOptions } from './runOptions.ts';
import { runOcr } from './runOcr.ts';
import type { RunResult } from './runOcr.ts';
import { useRunProgress } from './progressStore.ts';

export const ocrKey = (hash: string | null, opts: RunOptions) => ['ocr', hash, opts] as const;

export interface OcrRun {
  opts: RunOptions;
  /** The result for the current (file, options), or the previous options' result while these have not run. */
  result: RunResult | undefined;
  /** True when `result` belongs to other options than the form shows. */
  stale: boolean;
  running: boolean;
  error: Error | null;
  run: () => void;
  cancel: () => void;
}

/** One definition of the run query, shared by the observer (reading) and run() (fetching). */
function ocrQuery(source: DocSource | null, hash: string | null, opts: RunOptions) {
  return {
    queryKey: ocrKey(hash, opts),
    queryFn: async ({ signal }: { signal: AbortSignal }): Promise<RunResult> => {
      if (!source) throw new Error('Open a document first.');
      const setPhase = useRunProgress.getState().set;
      try {
        return await runOcr(source, opts, signal, setPhase);
      } finally {
        setPhase(null);
      }
    },
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  } as const;
}

/** The run options of the current document and form, read fresh from the stores. */
function currentRun() {
  const { source, hash } = useDocStore.getState();
  const opts = toRunOptions(useUi.getState().options, source?.format ?? null, source?.pages.length ?? 0);
  return { source, hash, opts };
}

/**
 * The OCR run as server state. Keyed by file hash and options with staleTime Infinity: going
 * back to options already run shows the cached result and calls nothing. The observer never
 * fetches by itself (changing an option alone sends nothing); run() fetches, or answers from the
 * cache when this combination already ran.
 */
export function useOcrRun(): OcrRun {
  const source = useDocStore((s) => s.source);
  const hash = useDocStore((s) => s.hash);
  const form = useUi((s) => s.options);
  const client = useQueryClient();
  const opts = useMemo(
    () => toRunOptions(form, source?.format ?? null, source?.pages.length ?? 0),
    [form, source],
  );

  const query = useQuery({
    ...ocrQuery(source, hash, opts),
    enabled: false,
    // Show the last result of this same file while the new options have not been run.
    placeholderData: (prev, prevQuery) => (prevQuery?.queryKey[1] === hash ? prev : undefined),
  });

  // Read from the stores at call time, so a run asked for right after an option change uses it.
  const run = useCallback(() => {
    useUi.getState().markRun();
    const cur = currentRun();
    if (!cur.source) return;
    client.fetchQuery(ocrQuery(cur.source, cur.hash, cur.opts)).catch(() => {
      // The failure is in the query's state, shown by the error banner.
    });
  }, [client]);
  const cancel = useCallback(() => {
    const cur = currentRun();
    void client.cancelQueries({ queryKey: ocrKey(cur.hash, cur.opts) });
  }, [client]);

  const result = query.data;
  const stale = query.isPlaceholderData;
  const running = query.fetchStatus === 'fetching';
  const error = query.error;
  return useMemo(
    () => ({ opts, result, stale, running, error, run, cancel }),
    [opts, result, stale, running, error, run, cancel],
  );
}
