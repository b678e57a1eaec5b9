import { DEFAULT_THRESHOLDS } from '../confidence.ts';
import { matchByOverlap } from '../review/align.ts';
import { normalizeText } from '../review/metrics.ts';
import { textSimilarity } from '../review/similarity.ts';
import { WORD_MIN_IOU } from './judgeWords.ts';
import type { RunPage } from './pages.ts';

/**
 * What can be said without ground truth (issue 16 §6): how confidences are spread, how many words
 * a person would have to look at, and how often two option sets read a word the same way.
 */

export interface ConfidenceSummary {
  words: number;
  pages: number;
  /** Mean word confidence; null without words. */
  mean: number | null;
  /** Word counts in ten equal bins of confidence ([0, .1) … [.9, 1]). */
  histogram: number[];
  /** The doubt threshold used (the triage default, DEFAULT_THRESHOLDS.low). */
  threshold: number;
  /** Share of words below the threshold; null without words. */
  doubtfulShare: number | null;
  /** Doubtful words per page; null without pages. */
  doubtfulPerPage: number | null;
}

export class ConfidenceCounter {
  private words = 0;
  private pages = 0;
  private sum = 0;
  private doubtful = 0;
  private readonly histogram = new Array<number>(10).fill(0);

  constructor(private readonly threshold = DEFAULT_THRESHOLDS.low) {}

  addPages(pages: readonly RunPage[]): void {
    for (const p of pages) {
      this.pages++;
      for (const w of p.words) {
        this.words++;
        this.sum += w.confidence;
        this.histogram[Math.min(9, Math.floor(w.confidence * 10))]++;
        if (w.confidence < this.threshold) this.doubtful++;
      }
    }
  }

  summary(): ConfidenceSummary {
    return {
      words: this.words,
      pages: this.pages,
      mean: this.words > 0 ? this.sum / this.words : null,
      histogram: [...this.histogram],
      threshold: this.threshold,
      doubtfulShare: this.words > 0 ? this.doubtful / this.words : null,
      doubtfulPerPage: this.pages > 0 ? this.doubtful / this.pages : null,
    };
  }
}

export interface AgreementCount {
  /** Words paired by overlap across the two runs. */
  aligned: number;
  /** Paired words with the same normalised text. */
  identical: number;
  /** Words of either run with no partner in the other. */
  unpaired: number;
}

/**
 * Two runs of the same document compared page by page: words paired by overlap as compare pairs
 * them, identical when their normalised texts are equal.
 */
export function agreement(a: readonly RunPage[], b: readonly RunPage[]): AgreementCount {
  const byPage = new Map(b.map((p) => [p.page, p]));
  const out: AgreementCount = { aligned: 0, identical: 0, unpaired: 0 };
  const pagesB = new Set(b.map((p) => p.page));
  for (const pa of a) {
    pagesB.delete(pa.page);
    const wa = pa.words.filter((w) => w.bounds !== null);
    const wb = (byPage.get(pa.page)?.words ?? []).filter((w) => w.bounds !== null);
    const m = matchByOverlap(
      wa.map((w) => w.bounds!),
      wb.map((w) => w.bounds!),
      WORD_MIN_IOU,
      (i, j) => textSimilarity(wa[i].text, wb[j].text),
    );
    out.aligned += m.pairs.length;
    for (const { i, j } of m.pairs)
      if (normalizeText(wa[i].text) === normalizeText(wb[j].text)) out.identical++;
    out.unpaired += m.onlyA.length + m.onlyB.length;
  }
  for (const p of pagesB) out.unpaired += byPage.get(p)!.words.length;
  return out;
}

/** Share of words the two runs agree on: identical pairs over pairs plus unpaired words. */
export const agreementShare = (c: AgreementCount): number | null =>
  c.aligned + c.unpaired > 0 ? c.identical / (c.aligned + c.unpaired) : null;
