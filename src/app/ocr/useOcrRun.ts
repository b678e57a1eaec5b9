import { useCallback, useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDocStore } from '../state/docStore.ts';
import { useUi } from '../state/uiStore.ts';
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

/**
 * The OCR run as server state. Keyed by file hash and options with staleTime Infinity: going
 * back to options already run shows the cached result and calls nothing. Disabled until the user
 * presses Run, so changing an option alone never sends anything.
 */
export function useOcrRun(): OcrRun {
  const source = useDocStore((s) => s.source);
  const hash = useDocStore((s) => s.hash);
  const form = useUi((s) => s.options);
  const markRun = useUi((s) => s.markRun);
  const setPhase = useRunProgress((s) => s.set);
  const client = useQueryClient();
  const opts = useMemo(
    () => toRunOptions(form, source?.format ?? null, source?.pages.length ?? 0),
    [form, source],
  );
  const key = ocrKey(hash, opts);

  const query = useQuery({
    queryKey: key,
    queryFn: async ({ signal }) => {
      if (!source) throw new Error('Open a document first.');
      try {
        return await runOcr(source, opts, signal, setPhase);
      } finally {
        setPhase(null);
      }
    },
    enabled: false,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    // Show the last result of this same file while the new options have not been run.
    placeholderData: (prev, prevQuery) => (prevQuery?.queryKey[1] === hash ? prev : undefined),
  });

  const { refetch } = query;
  const run = useCallback(() => {
    markRun();
    if (!source) return;
    if (client.getQueryData(key) !== undefined) return;
    void refetch();
    // key is rebuilt each render from hash+opts; those are the real dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, hash, opts, source, refetch, markRun]);
  const cancel = useCallback(() => {
    void client.cancelQueries({ queryKey: ['ocr', hash, opts] });
  }, [client, hash, opts]);

  const result = query.data;
  const stale = query.isPlaceholderData;
  const running = query.fetchStatus === 'fetching';
  const error = query.error;
  return useMemo(
    () => ({ opts, result, stale, running, error, run, cancel }),
    [opts, result, stale, running, error, run, cancel],
  );
}
