import type { DocumentModel, DocumentStats, WordModel } from '../types.ts';

function meanConfidence(words: readonly WordModel[]): number {
  if (words.length === 0) return 0;
  let sum = 0;
  for (const w of words) sum += w.confidence;
  return sum / words.length;
}

export function documentStats(doc: DocumentModel): DocumentStats {
  return {
    pages: doc.pages.length,
    words: doc.words.length,
    lines: doc.lines.length,
    paragraphs: doc.paragraphs.length,
    tables: doc.tables.length,
    cells: doc.cells.length,
    meanConfidence: meanConfidence(doc.words),
  };
}

/** Counts for the page with this index (PageModel.index); all zero when there is none. */
export function pageStats(doc: DocumentModel, pageIndex: number): DocumentStats {
  const page = doc.pages.find((p) => p.index === pageIndex);
  if (!page) return { pages: 0, words: 0, lines: 0, paragraphs: 0, tables: 0, cells: 0, meanConfidence: 0 };
  let cells = 0;
  for (const t of page.tableIds) cells += doc.tables[t].cellIds.length;
  return {
    pages: 1,
    words: page.wordIds.length,
    lines: page.lineIds.length,
    paragraphs: page.paragraphIds.length,
    tables: page.tableIds.length,
    cells,
    meanConfidence: meanConfidence(page.wordIds.map((id) => doc.words[id])),
  };
}

/**
 * Word counts per confidence bin over 0..1: bin k holds [k/bins, (k+1)/bins), and 1.0 (common in
 * CLOVA output) falls in the last bin.
 */
export function confidenceHistogram(words: readonly WordModel[], bins = 20): number[] {
  const n = Math.max(1, Math.floor(bins));
  const out = new Array<number>(n).fill(0);
  for (const w of words) {
    const c = Number.isNaN(w.confidence) ? 0 : Math.min(1, Math.max(0, w.confidence));
    out[Math.min(n - 1, Math.floor(c * n))]++;
  }
  return out;
}
