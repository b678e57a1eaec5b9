import { unmeasured, type Metric } from './metric.ts';

/** One benchmark file: what it measures, how long it may take, and the measuring itself. */
export interface Benchmark {
  name: string;
  /** Every metric it reports, so a failure or timeout still prints a line for each. */
  metrics: readonly string[];
  timeoutMs: number;
  /** Must stop its children and servers when `signal` aborts (a timeout). */
  run(signal: AbortSignal): Promise<Metric[]>;
}

// After a timeout, a benchmark gets this long to close its browser, servers and children.
const CLEANUP_GRACE_MS = 15_000;

/**
 * Runs a benchmark within its time bound. Never throws: an error or a timeout becomes an
 * unmeasured line for every metric it did not report.
 */
export async function runBounded(b: Benchmark): Promise<Metric[]> {
  const stop = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), b.timeoutMs);
  });
  const work = b.run(stop.signal).then(
    (metrics) => ({ metrics }),
    (error: unknown) => ({ error }),
  );
  try {
    const first = await Promise.race([work, timeout]);
    if (first === 'timeout') {
      stop.abort(new Error(`${b.name} timed out after ${b.timeoutMs / 1000} s`));
      // Wait for its clean-up, bounded too.
      await Promise.race([work, new Promise((r) => setTimeout(r, CLEANUP_GRACE_MS).unref())]);
      return b.metrics.map((m) => unmeasured(m, `timed out after ${b.timeoutMs / 1000} s`));
    }
    if ('error' in first) {
      const why = first.error instanceof Error ? first.error.message : String(first.error);
      return b.metrics.map((m) => unmeasured(m, why));
    }
    const got = new Set(first.metrics.map((m) => m.metric));
    const lost = b.metrics.filter((m) => !got.has(m)).map((m) => unmeasured(m, 'not reported'));
    return [...first.metrics, ...lost];
  } finally {
    clearTimeout(timer);
  }
}
