import { alignCodes, editDistance } from '../review/editDistance.ts';
import { DEL, EQUAL, StepBuffer, SUB } from '../review/editSteps.ts';
import { errorRate, sumCounts, werUnits, wordsText } from '../review/metrics.ts';
import type { ErrorCount } from '../review/metrics.ts';
import { ownedCodes } from '../review/score.ts';
import { judgeWords } from './judgeWords.ts';
import type { WordJudgement } from './judgeWords.ts';
import type { RunPage, TruthPage } from './pages.ts';

/** One character edit of the alignment, with the run word it is on (null: the page has no words). */
export interface CharEdit {
  op: 'sub' | 'ins' | 'del';
  /** Ground-truth character ('' for an insertion). */
  expected: string;
  /** Recognised character ('' for a deletion). */
  actual: string;
  /** Position in the page's words; for a deletion, the word just before the gap (else the first). */
  word: number | null;
}

export interface PageEvaluation {
  page: number;
  chars: ErrorCount;
  words: ErrorCount;
  judged: WordJudgement[];
  edits: CharEdit[];
}

export interface DocumentEvaluation {
  chars: ErrorCount;
  words: ErrorCount;
  pages: PageEvaluation[];
}

/**
 * One page of a run against its ground truth, by issue 16 §1: the character alignment (its
 * distance is the CER numerator, its edits the confusions), the word distance (WER) and each run
 * word judged right or wrong (calibration).
 */
export function evaluatePage(truth: TruthPage, run: RunPage | undefined): PageEvaluation {
  const words = run?.words ?? [];
  const texts = words.map((w) => w.text);
  // Code points as integers (ownedCodes): the same alignment as over characters, without a
  // string per character; characters are made only for the few edits.
  const { codes: expected, words: gtWords } = truthUnits(truth);
  const { codes: units, owner } = ownedCodes(texts);
  const steps = alignCodes(expected, units, scratchSteps);
  const ch = (c: number) => String.fromCodePoint(c);
  const edits: CharEdit[] = [];
  let distance = 0;
  let lastB = -1;
  for (let k = 0; k < steps.length; k++) {
    const op = steps.op[k];
    const a = steps.a[k];
    const b = steps.b[k];
    if (op === EQUAL) {
      lastB = b;
      continue;
    }
    distance++;
    if (op === DEL) {
      const word = lastB >= 0 ? owner[lastB] : owner.length > 0 ? owner[0] : null;
      edits.push({ op: 'del', expected: ch(expected[a]), actual: '', word });
      continue;
    }
    lastB = b;
    edits.push({
      op: op === SUB ? 'sub' : 'ins',
      expected: op === SUB ? ch(expected[a]) : '',
      actual: ch(units[b]),
      word: owner[b],
    });
  }
  return {
    page: truth.page,
    chars: { errors: distance, length: expected.length },
    words: { errors: editDistance(gtWords, werUnits(wordsText(texts))), length: gtWords.length },
    judged: judgeWords(truth, words),
    edits,
  };
}

// One step buffer for every page (read before the next page is aligned): no object per step.
const scratchSteps = new StepBuffer();

// A ground-truth page is compared with every option set's run: its units are worked out once.
const truthCache = new WeakMap<TruthPage, { codes: Int32Array; words: string[] }>();

function truthUnits(truth: TruthPage): { codes: Int32Array; words: string[] } {
  let u = truthCache.get(truth);
  if (!u) truthCache.set(truth, (u = { codes: ownedCodes([truth.text]).codes, words: werUnits(truth.text) }));
  return u;
}

/** The pages the ground truth has, each against the run's page of the same index (missing: empty). */
export function evaluateDocument(truth: readonly TruthPage[], run: readonly RunPage[]): DocumentEvaluation {
  const byPage = new Map(run.map((p) => [p.page, p]));
  const pages = truth.map((t) => evaluatePage(t, byPage.get(t.page)));
  return {
    chars: sumCounts(pages.map((p) => p.chars)),
    words: sumCounts(pages.map((p) => p.words)),
    pages,
  };
}

/** The page with the highest CER (ties: the first), for the viewer link; null without pages. */
export function worstPage(e: DocumentEvaluation): number | null {
  let worst: PageEvaluation | null = null;
  for (const p of e.pages) if (!worst || errorRate(p.chars) > errorRate(worst.chars)) worst = p;
  return worst ? worst.page : null;
}
