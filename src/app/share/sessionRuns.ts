import type { SessionRunOptions } from '../../model/index.ts';
import type { RunOptions } from '../run/runOptions.ts';

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
