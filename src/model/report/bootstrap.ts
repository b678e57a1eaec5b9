import type { ErrorCount } from '../review/metrics.ts';
import { seededRandom } from './random.ts';
import type { Random } from './random.ts';

/**
 * Bootstrap confidence intervals over documents: documents are drawn with replacement, the rate
 * (sum of errors / sum of lengths) recomputed on each resample, and the 2.5% and 97.5% quantiles
 * of those rates are the 95% interval. Documents, not pages or characters, are the unit: errors
 * cluster by document (one blurred scan), and the interval should say so.
 */

export const BOOTSTRAP_SEED = 16;
export const BOOTSTRAP_ITERATIONS = 1000;

export interface BootstrapOptions {
  iterations?: number;
  /** The random source; a fixed-seed PRNG by default, so the report is reproducible. */
  random?: Random;
}

/** Quantile with linear interpolation between order statistics (R's type 7). */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

const rate = (errors: number, length: number) => (length > 0 ? errors / length : errors > 0 ? 1 : 0);

/**
 * `stat` of `iterations` resamples of n documents, sorted. `errors`/`lengths` hold one or two sides
 * of n documents each (side s of document k at s·n + k); `stat` gets each resample's sums per side,
 * added up while drawing (no array of picks, no object per document read).
 */
function resampled(
  n: number,
  sides: 1 | 2,
  errors: Float64Array,
  lengths: Float64Array,
  opts: BootstrapOptions,
  stat: (e: Float64Array, l: Float64Array) => number,
): number[] {
  const iterations = opts.iterations ?? BOOTSTRAP_ITERATIONS;
  const random = opts.random ?? seededRandom(BOOTSTRAP_SEED);
  const e = new Float64Array(sides);
  const l = new Float64Array(sides);
  const out: number[] = [];
  for (let b = 0; b < iterations; b++) {
    e.fill(0);
    l.fill(0);
    for (let k = 0; k < n; k++) {
      const at = Math.floor(random() * n);
      for (let s = 0; s < sides; s++) {
        e[s] += errors[s * n + at];
        l[s] += lengths[s * n + at];
      }
    }
    out.push(stat(e, l));
  }
  return out.sort((x, y) => x - y);
}

const column = (docs: readonly ErrorCount[][], key: keyof ErrorCount) =>
  Float64Array.from(docs.flat(), (d) => d[key]);

/** 95% interval of the pooled rate of these documents; null when there are none. */
export function bootstrapRateCi(
  docs: readonly ErrorCount[],
  opts: BootstrapOptions = {},
): [number, number] | null {
  if (docs.length === 0) return null;
  const sides = [[...docs]];
  const rates = resampled(docs.length, 1, column(sides, 'errors'), column(sides, 'length'), opts, (e, l) =>
    rate(e[0], l[0]),
  );
  return [quantile(rates, 0.025), quantile(rates, 0.975)];
}

/**
 * Paired bootstrap of rate(b) − rate(a) over the documents both sets read: each resample draws
 * the same documents for both, so what the documents have in common (a hard scan is hard for
 * every option set) cancels out. `a[k]` and `b[k]` must be the same document.
 */
export function pairedBootstrapDiffCi(
  a: readonly ErrorCount[],
  b: readonly ErrorCount[],
  opts: BootstrapOptions = {},
): [number, number] | null {
  if (a.length !== b.length) throw new Error('paired bootstrap needs the same documents on both sides');
  if (a.length === 0) return null;
  const sides = [[...a], [...b]];
  const diffs = resampled(
    a.length,
    2,
    column(sides, 'errors'),
    column(sides, 'length'),
    opts,
    (e, l) => rate(e[1], l[1]) - rate(e[0], l[0]),
  );
  return [quantile(diffs, 0.025), quantile(diffs, 0.975)];
}
