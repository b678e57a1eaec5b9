import type { RunLine } from './cjkRuns.ts';
import type { RenderedPage } from './raster/pageTypes.ts';
import { recognisePage, type RecogniseOptions } from './recognisePage.ts';

/**
 * A page read started before preprocessing has decided how the page is read. A clean scan with
 * text of a readable size is read as it is unless the rule search (~150 ms on an A4 page at
 * 300 dpi) finds rules or a skew to undo, so the engine starts tesseract on the page itself while
 * that search runs on the other core, and drops the read when the search chose a copy instead:
 * a single page's answer no longer waits for preprocessing, and only pages with rules or skew
 * pay a fraction of a second of wasted tesseract time.
 */
export interface EarlyRead {
  /** The read, exactly as recognisePage would answer it for the page as it is. */
  lines: Promise<RunLine[]>;
  /** Stops the read; resolves once tesseract has exited, so its output files are free again. */
  cancel(): Promise<void>;
}

export function startEarlyRead(page: RenderedPage, opts: RecogniseOptions): EarlyRead {
  const stop = new AbortController();
  const onAbort = () => stop.abort(opts.signal.reason);
  if (opts.signal.aborted) onAbort();
  else opts.signal.addEventListener('abort', onAbort, { once: true });
  const lines = recognisePage(page, { ...opts, signal: stop.signal }).finally(() =>
    opts.signal.removeEventListener('abort', onAbort),
  );
  // Whoever takes the read awaits it; a cancelled or unused read must not reject unhandled.
  lines.catch(() => {});
  return {
    lines,
    cancel: async () => {
      stop.abort(new Error('early read not needed'));
      await lines.then(
        () => undefined,
        () => undefined,
      );
    },
  };
}
