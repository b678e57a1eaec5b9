import {
  WORD_SCRIPTS,
  detectorTerm,
  lengthTerm,
  wordScript,
  type DetectorScale,
  type WordScript,
} from './features.ts';
import { modelScore, type Calibration, type WordEvidence } from './model.ts';

/** A word the engine read, and whether it equals the known text's word. */
export interface LabelledWord extends WordEvidence {
  right: boolean;
}

/** Blocks of the isotonic map hold at least this many words, so no knot rests on a handful. */
const MIN_BLOCK = 25;
/**
 * Pull of each script's own intercept and slope towards the shared ones (few words: shared).
 * Chosen by 2-fold cross-validation over the tuning pages (ECE, page path: 0.05 → 0.050,
 * 0.01 → 0.025, 0.002 → 0.025; line path 0.024 / 0.023 / 0.018).
 */
const SCRIPT_L2 = 0.01;

/**
 * Fits the logistic model (shared intercept and slope plus a per-script offset of each, a length
 * weight and, when the words carry the line detector's score and `detector` is not false, a
 * detector weight) by gradient descent on the mean log loss, slopes projected to ≥ 0, then the
 * isotonic map of its output by pool-adjacent-violators.
 */
export function fitCalibration(
  words: readonly LabelledWord[],
  fittedOn: string,
  opts: { minBlock?: number; scriptL2?: number; detector?: boolean } = {},
): Calibration {
  const minBlock = opts.minBlock ?? MIN_BLOCK;
  const scriptL2 = opts.scriptL2 ?? SCRIPT_L2;
  if (words.length === 0) throw new Error('no words to fit a calibration on');
  const scale = opts.detector === false ? undefined : detectorScale(words);
  const rows = words.map((w) => ({
    s: WORD_SCRIPTS.indexOf(wordScript(w.text)),
    c: Math.min(100, Math.max(0, w.conf)) / 100,
    l: lengthTerm(w.text),
    d: detectorTerm(w.detectorScore, scale),
    y: w.right ? 1 : 0,
  }));
  const k = WORD_SCRIPTS.length;
  let A = 0;
  let B = 0;
  let L = 0;
  let D = 0;
  const a = new Array<number>(k).fill(0);
  const b = new Array<number>(k).fill(0);
  const rate = 1.5;
  for (let iter = 0; iter < 4000; iter++) {
    let gA = 0;
    let gB = 0;
    let gL = 0;
    let gD = 0;
    const ga = new Array<number>(k).fill(0);
    const gb = new Array<number>(k).fill(0);
    for (const r of rows) {
      const z = A + a[r.s] + (B + b[r.s]) * r.c + L * r.l + D * r.d;
      const e = 1 / (1 + Math.exp(-z)) - r.y;
      gA += e;
      gB += e * r.c;
      gL += e * r.l;
      gD += e * r.d;
      ga[r.s] += e;
      gb[r.s] += e * r.c;
    }
    const n = rows.length;
    A -= (rate * gA) / n;
    B = Math.max(0, B - (rate * gB) / n);
    L -= (rate * gL) / n;
    D -= (rate * gD) / n;
    for (let s = 0; s < k; s++) {
      a[s] -= rate * (ga[s] / n + scriptL2 * a[s]);
      b[s] = Math.max(-B, b[s] - rate * (gb[s] / n + scriptL2 * b[s]));
    }
  }
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  const scripts = Object.fromEntries(
    WORD_SCRIPTS.map((name, s) => [
      name,
      { intercept: round(A + a[s]), slope: round(Math.max(0, B + b[s])) },
    ]),
  ) as Record<WordScript, { intercept: number; slope: number }>;
  const model = {
    lengthWeight: round(L),
    scripts,
    ...(scale ? { detector: { weight: round(D), mean: round(scale.mean), sd: round(scale.sd) } } : {}),
  };
  const scored = words.map((w) => ({ x: modelScore(model, w), y: w.right ? 1 : 0 }));
  return { fittedOn, words: words.length, ...model, isotonic: isotonicKnots(scored, minBlock, 1) };
}

/** Mean and spread of the words' detector scores; undefined when fewer than half carry one. */
export function detectorScale(words: readonly { detectorScore?: number }[]): DetectorScale | undefined {
  const scores = words.flatMap((w) => (w.detectorScore === undefined ? [] : [w.detectorScore]));
  if (scores.length === 0 || scores.length < words.length / 2) return undefined;
  const mean = scores.reduce((s, x) => s + x, 0) / scores.length;
  const sd = Math.sqrt(scores.reduce((s, x) => s + (x - mean) ** 2, 0) / scores.length);
  return sd > 0 ? { mean, sd } : undefined;
}

/**
 * Pool-adjacent-violators on (x, y) sorted by x, then neighbouring blocks merged until each holds
 * `minBlock` points; a knot per block at its mean x and mean y (non-decreasing in both). `pseudo`
 * adds that many half-right points to each block's y, so no block claims exactly 0 or 1.
 */
export function isotonicKnots(
  points: readonly { x: number; y: number }[],
  minBlock: number,
  pseudo = 0,
): [number, number][] {
  const sorted = [...points].sort((p, q) => p.x - q.x);
  type Block = { sx: number; sy: number; n: number };
  const mean = (b: Block) => b.sy / b.n;
  const merge = (p: Block, q: Block): Block => ({ sx: p.sx + q.sx, sy: p.sy + q.sy, n: p.n + q.n });
  let blocks: Block[] = [];
  for (const p of sorted) {
    blocks.push({ sx: p.x, sy: p.y, n: 1 });
    while (blocks.length > 1 && mean(blocks[blocks.length - 2]) >= mean(blocks[blocks.length - 1])) {
      const last = blocks.pop()!;
      blocks.push(merge(blocks.pop()!, last));
    }
  }
  // Small blocks join the neighbour whose mean is closest (merging neighbours keeps the order).
  for (;;) {
    const i = blocks.findIndex((b) => b.n < minBlock);
    if (i < 0 || blocks.length === 1) break;
    const left = i > 0 ? Math.abs(mean(blocks[i - 1]) - mean(blocks[i])) : Infinity;
    const right = i + 1 < blocks.length ? Math.abs(mean(blocks[i + 1]) - mean(blocks[i])) : Infinity;
    const j = left <= right ? i - 1 : i + 1;
    const [lo, hi] = [Math.min(i, j), Math.max(i, j)];
    blocks = [...blocks.slice(0, lo), merge(blocks[lo], blocks[hi]), ...blocks.slice(hi + 1)];
  }
  // The pseudo-counts pull small blocks harder towards 1/2, which can put a small block above a
  // larger one to its right: such neighbours are pooled again, so the map stays non-decreasing.
  const shrunk = (b: Block) => (b.sy + pseudo / 2) / (b.n + pseudo);
  for (;;) {
    const i = blocks.findIndex((b, k) => k + 1 < blocks.length && shrunk(b) > shrunk(blocks[k + 1]));
    if (i < 0) break;
    blocks = [...blocks.slice(0, i), merge(blocks[i], blocks[i + 1]), ...blocks.slice(i + 2)];
  }
  const r4 = (x: number) => Math.round(x * 10_000) / 10_000;
  return blocks.map((b) => [r4(b.sx / b.n), r4(shrunk(b))]);
}
