import { matchByOverlap } from '../review/align.ts';
import { alignCodes, intern } from '../review/editDistance.ts';
import { EQUAL, StepBuffer } from '../review/editSteps.ts';
import { normalizeText, werUnits } from '../review/metrics.ts';
import { textSimilarity } from '../review/similarity.ts';
import type { RunWord, TruthPage } from './pages.ts';

/** Overlap two boxes need to be the same word: compare's default (review/diff.ts). */
export const WORD_MIN_IOU = 0.3;

/** A run word judged against the ground truth (issue 16 §3). */
export interface WordJudgement {
  /** Position of the word in its page's `words`. */
  word: number;
  confidence: number;
  correct: boolean;
}

/**
 * Which run words are right: a word is right when it equals (after normalisation) the
 * ground-truth word aligned to it. Where the ground truth has boxes, words are aligned by overlap
 * as compare aligns runs (matchByOverlap, text similarity settling near ties); where it is text
 * only, by a word-sequence alignment (Levenshtein over words). A run word without a partner is
 * wrong; a run word with no text is not judged (nothing to read).
 */
export function judgeWords(truth: TruthPage, words: readonly RunWord[]): WordJudgement[] {
  const boxed = truth.words !== null && truth.words.length > 0 && truth.words.every((w) => w.bounds !== null);
  return boxed ? byBoxes(truth, words) : bySequence(truth.text, words);
}

function byBoxes(truth: TruthPage, words: readonly RunWord[]): WordJudgement[] {
  const gt = truth.words ?? [];
  const placed = words.map((w, k) => ({ w, k })).filter((x) => x.w.bounds !== null);
  const m = matchByOverlap(
    gt.map((g) => g.bounds!),
    placed.map((x) => x.w.bounds!),
    WORD_MIN_IOU,
    (i, j) => textSimilarity(gt[i].text, placed[j].w.text),
  );
  const partner = new Map<number, string>();
  for (const { i, j } of m.pairs) partner.set(placed[j].k, gt[i].text);
  const out: WordJudgement[] = [];
  words.forEach((w, k) => {
    const text = normalizeText(w.text);
    if (text === '') return;
    const g = partner.get(k);
    out.push({ word: k, confidence: w.confidence, correct: g !== undefined && normalizeText(g) === text });
  });
  return out;
}

function bySequence(truthText: string, words: readonly RunWord[]): WordJudgement[] {
  const expected = werUnits(truthText);
  const tokens: string[] = [];
  const owner: number[] = [];
  words.forEach((w, k) => {
    const t = normalizeText(w.text);
    if (t === '') return;
    // werUnits(w.text), without an array for the common one-word text.
    for (const u of t.includes(' ') ? t.split(' ') : [t]) {
      tokens.push(u);
      owner.push(k);
    }
  });
  const [x, y] = intern(expected, tokens);
  const steps = alignCodes(x, y, scratchSteps);
  // A word is right when every one of its tokens is aligned to an equal ground-truth word.
  const wrong = new Uint8Array(words.length);
  for (let s = 0; s < steps.length; s++)
    if (steps.b[s] >= 0 && steps.op[s] !== EQUAL) wrong[owner[steps.b[s]]] = 1;
  const out: WordJudgement[] = [];
  // owner ascends: each word once, in order.
  for (let t = 0; t < owner.length; t++) {
    const k = owner[t];
    if (t > 0 && owner[t - 1] === k) continue;
    out.push({ word: k, confidence: words[k].confidence, correct: wrong[k] === 0 });
  }
  return out;
}

// One step buffer for every page, read before the next is aligned.
const scratchSteps = new StepBuffer();
