import { foldForSearch, normalizeForSearch } from './searchNormalize.ts';
import type { DocumentModel } from '../types.ts';

export interface SearchMatch {
  pageIndex: number;
  lineId: number;
  /** The words the match touches, in line order. */
  wordIds: number[];
  /** UTF-16 range of the match in the line's text (LineModel.text: its words joined by " "). */
  start: number;
  end: number;
}

interface IndexedLine {
  pageIndex: number;
  lineId: number;
  folded: string;
  from: Int32Array;
  to: Int32Array;
  /** Line text offset where each of the line's words starts, for mapping ranges to words. */
  wordStarts: Int32Array;
}

/** Folded text of every line, built once per document so each keystroke only scans. */
export interface SearchIndex {
  lines: IndexedLine[];
}

export function buildSearchIndex(doc: DocumentModel): SearchIndex {
  const lines: IndexedLine[] = [];
  for (const page of doc.pages) {
    for (const lineId of page.lineIds) {
      const line = doc.lines[lineId];
      const f = foldForSearch(line.text);
      const wordStarts = new Int32Array(line.wordIds.length);
      let at = 0;
      line.wordIds.forEach((id, k) => {
        wordStarts[k] = at;
        at += doc.words[id].text.length + 1;
      });
      lines.push({ pageIndex: page.index, lineId, folded: f.text, from: f.from, to: f.to, wordStarts });
    }
  }
  return { lines };
}

/**
 * Every occurrence of the query in the document, in reading order: pages, their lines, then
 * left to right; occurrences in one line do not overlap. Matching is on folded text (see
 * normalizeForSearch), so "１２３" finds "123" and a match may span several words of a line. An
 * empty (or all-space) query matches nothing.
 */
export function searchIndex(doc: DocumentModel, index: SearchIndex, query: string): SearchMatch[] {
  const q = normalizeForSearch(query);
  if (q.length === 0) return [];
  const out: SearchMatch[] = [];
  for (const l of index.lines) {
    let k = l.folded.indexOf(q);
    while (k >= 0) {
      const start = l.from[k];
      const end = l.to[k + q.length - 1];
      out.push({
        pageIndex: l.pageIndex,
        lineId: l.lineId,
        wordIds: wordsIn(doc, l, start, end),
        start,
        end,
      });
      k = l.folded.indexOf(q, k + q.length);
    }
  }
  return out;
}

/** Convenience for one-off searches; keep a SearchIndex when searching the same document often. */
export const searchDocument = (doc: DocumentModel, query: string): SearchMatch[] =>
  searchIndex(doc, buildSearchIndex(doc), query);

/** Words of the line whose text overlaps [start, end). */
function wordsIn(doc: DocumentModel, l: IndexedLine, start: number, end: number): number[] {
  const ids = doc.lines[l.lineId].wordIds;
  const out: number[] = [];
  for (let k = 0; k < ids.length; k++) {
    const ws = l.wordStarts[k];
    const we = ws + doc.words[ids[k]].text.length;
    if (ws < end && start < we) out.push(ids[k]);
  }
  return out;
}
