import { confidenceHistogram } from '../document/stats.ts';
import type { DocumentModel, WordModel } from '../types.ts';

/** Doubtful = confidence below the threshold; NaN counts as no confidence at all. */
export const isDoubtful = (w: WordModel, threshold: number): boolean =>
  Number.isNaN(w.confidence) || w.confidence < threshold;

/** Every word id of the document in reading order: pages in order, each page's own word order. */
export function readingOrder(doc: DocumentModel): number[] {
  const out: number[] = [];
  for (const p of doc.pages) for (const id of p.wordIds) out.push(id);
  return out;
}

/** Ids of the doubtful words, in reading order across pages. */
export function doubtfulWords(doc: DocumentModel, threshold: number): number[] {
  return readingOrder(doc).filter((id) => isDoubtful(doc.words[id], threshold));
}

/**
 * The doubtful word after (direction 1) or before (-1) `fromWordId` in reading order, wrapping
 * around the document. `fromWordId` need not be doubtful itself (the user may have selected any
 * word); when it is the only doubtful word, it is returned. With no start word, the walk starts
 * at page `startPage` (a PageModel.index; default the first page): forwards from its first word,
 * backwards from its last. Null when no word is doubtful.
 */
export function nextDoubtful(
  doc: DocumentModel,
  threshold: number,
  fromWordId: number | null,
  direction: 1 | -1,
  startPage?: number,
): number | null {
  const order = readingOrder(doc);
  const n = order.length;
  if (n === 0) return null;
  const from = fromWordId === null ? -1 : order.indexOf(fromWordId);
  // Without a start word, stand just outside the start page so the first step lands on its edge.
  const pos = from >= 0 ? from : firstVisited(doc, n, startPage, direction) - direction;
  for (let k = 1; k <= n; k++) {
    const id = order[(((pos + k * direction) % n) + n) % n];
    if (isDoubtful(doc.words[id], threshold)) return id;
  }
  return null;
}

/**
 * Reading-order position where a walk without a start word begins: forwards, the first word on
 * the pages from startPage on; backwards, the last word on the pages up to startPage. Positions
 * just past either end wrap around in the caller.
 */
function firstVisited(
  doc: DocumentModel,
  n: number,
  startPage: number | undefined,
  direction: 1 | -1,
): number {
  if (startPage === undefined) return direction === 1 ? 0 : n - 1;
  let count = 0;
  for (const p of doc.pages) {
    if (direction === 1 ? p.index < startPage : p.index <= startPage) count += p.wordIds.length;
  }
  return direction === 1 ? count : count - 1;
}

/** Doubtful words on each page, keyed by PageModel.index; every page has an entry. */
export function doubtfulCountsPerPage(doc: DocumentModel, threshold: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of doc.pages) {
    let n = 0;
    for (const id of p.wordIds) if (isDoubtful(doc.words[id], threshold)) n++;
    out.set(p.index, n);
  }
  return out;
}

/** confidenceHistogram of one page's words (all zeros for a page that does not exist). */
export function pageConfidenceHistogram(doc: DocumentModel, pageIndex: number, bins = 20): number[] {
  const page = doc.pages.find((p) => p.index === pageIndex);
  return confidenceHistogram(page ? page.wordIds.map((id) => doc.words[id]) : [], bins);
}

/** confidenceHistogram of the whole document. */
export const documentConfidenceHistogram = (doc: DocumentModel, bins = 20): number[] =>
  confidenceHistogram(doc.words, bins);
