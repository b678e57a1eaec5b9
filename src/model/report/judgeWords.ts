import { matchByOverlap } from '../review/align.ts';
import { levenshtein } from '../review/editDistance.ts';
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
    for (const t of werUnits(w.text)) {
      tokens.push(t);
      owner.push(k);
    }
  });
  const { steps } = levenshtein(expected, tokens);
  // A word is right when every one of its tokens is aligned to an equal ground-truth word.
  const wrong = new Set<number>();
  for (const s of steps) if (s.b >= 0 && s.op !== 'equal') wrong.add(owner[s.b]);
  const out: WordJudgement[] = [];
  const seen = new Set<number>();
  for (const k of owner) {
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ word: k, confidence: words[k].confidence, correct: !wrong.has(k) });
  }
  return out;
}
