/**
 * Is the confidence worth trusting? From words judged right or wrong against the ground truth:
 * a reliability diagram and its expected calibration error, AUROC of (1 − confidence) as a
 * detector of wrong words, and the threshold sweep the triage setting is chosen from.
 */

export interface JudgedWord {
  /** 0..1 as CLOVA gives it. */
  confidence: number;
  correct: boolean;
}

export interface CalibrationBin {
  /** [lo, hi): the last bin includes 1. */
  lo: number;
  hi: number;
  count: number;
  /** null for an empty bin. */
  meanConfidence: number | null;
  /** Share of the bin's words that are right; null for an empty bin. */
  accuracy: number | null;
}

export interface SweepPoint {
  threshold: number;
  /** Share of all words below the threshold (what a person must look at). */
  reviewShare: number;
  /** Share of the wrong words below the threshold (what that look catches); 1 with no wrong words. */
  errorCatch: number;
}

const clamp01 = (c: number) => (Number.isFinite(c) ? Math.min(1, Math.max(0, c)) : 0);

/** Ten (or `n`) equal-width bins of confidence: mean confidence against the share right. */
export function reliabilityBins(words: readonly JudgedWord[], n = 10): CalibrationBin[] {
  const count = new Array<number>(n).fill(0);
  const conf = new Array<number>(n).fill(0);
  const right = new Array<number>(n).fill(0);
  for (const w of words) {
    const c = clamp01(w.confidence);
    const b = Math.min(n - 1, Math.floor(c * n));
    count[b]++;
    conf[b] += c;
    if (w.correct) right[b]++;
  }
  return count.map((k, b) => ({
    lo: b / n,
    hi: (b + 1) / n,
    count: k,
    meanConfidence: k > 0 ? conf[b] / k : null,
    accuracy: k > 0 ? right[b] / k : null,
  }));
}

/** Expected calibration error: Σ (bin share of words) × |accuracy − mean confidence|; null without words. */
export function expectedCalibrationError(bins: readonly CalibrationBin[]): number | null {
  const total = bins.reduce((s, b) => s + b.count, 0);
  if (total === 0) return null;
  let ece = 0;
  for (const b of bins)
    if (b.count > 0) ece += (b.count / total) * Math.abs((b.accuracy ?? 0) - (b.meanConfidence ?? 0));
  return ece;
}

/**
 * AUROC of (1 − confidence) for telling wrong words from right ones: the chance that a random
 * wrong word has lower confidence than a random right one, ties counting half (Mann–Whitney U
 * statistic). 0.5 is a coin; 1 is perfect. Null when either kind is missing.
 */
export function aurocOfWrong(words: readonly JudgedWord[]): number | null {
  // Confidences of each kind in typed arrays (numeric sort, no objects): for every wrong word,
  // count the right words more confident than it, and half of those equally confident.
  let rights = 0;
  for (const w of words) if (w.correct) rights++;
  const wrong = new Float64Array(words.length - rights);
  const right = new Float64Array(rights);
  let nw = 0;
  let nr = 0;
  for (const w of words) {
    if (w.correct) right[nr++] = clamp01(w.confidence);
    else wrong[nw++] = clamp01(w.confidence);
  }
  wrong.sort();
  right.sort();
  if (wrong.length === 0 || right.length === 0) return null;
  let below = 0;
  let upTo = 0;
  let credit = 0;
  for (const c of wrong) {
    while (below < right.length && right[below] < c) below++;
    if (upTo < below) upTo = below;
    while (upTo < right.length && right[upTo] <= c) upTo++;
    credit += right.length - upTo + (upTo - below) / 2;
  }
  return credit / (wrong.length * right.length);
}

/** Thresholds 0, 0.01 … 1: a word is doubtful when its confidence is below the threshold (triage.ts). */
export function thresholdSweep(words: readonly JudgedWord[], steps = 100): SweepPoint[] {
  // Counts per 1/steps of confidence, then running sums: linear in words whatever the steps.
  const all = new Array<number>(steps + 2).fill(0);
  const bad = new Array<number>(steps + 2).fill(0);
  let wrongTotal = 0;
  for (const w of words) {
    // The smallest k with c < k/steps: floor(c·steps) + 1 (c = 1 is never below a threshold ≤ 1).
    const k = Math.floor(clamp01(w.confidence) * steps + 1e-9) + 1;
    all[k]++;
    if (!w.correct) {
      bad[k]++;
      wrongTotal++;
    }
  }
  const out: SweepPoint[] = [];
  let seen = 0;
  let caught = 0;
  for (let k = 0; k <= steps; k++) {
    seen += all[k];
    caught += bad[k];
    out.push({
      threshold: k / steps,
      reviewShare: words.length > 0 ? seen / words.length : 0,
      errorCatch: wrongTotal > 0 ? caught / wrongTotal : 1,
    });
  }
  return out;
}

/** The lowest threshold of the sweep that catches at least `target` of the wrong words; null if none does. */
export function proposeThreshold(sweep: readonly SweepPoint[], target = 0.95): SweepPoint | null {
  return sweep.find((p) => p.errorCatch >= target - 1e-12) ?? null;
}
