import type { DocumentModel, Point, SearchMatch } from '../../model/index.ts';

/** What the review layer draws over a page: search hits, the current hit, misrecognised words. */
export interface PageMarks {
  search: Point[][];
  current: Point[][];
  errors: Point[][];
}

/** The polygons to mark on one page. Word ids from other pages are ignored. */
export function pageMarks(
  doc: DocumentModel,
  pageIndex: number,
  matches: readonly SearchMatch[],
  currentMatch: number,
  errorWordIds: readonly number[],
): PageMarks {
  const out: PageMarks = { search: [], current: [], errors: [] };
  matches.forEach((m, i) => {
    if (m.pageIndex !== pageIndex) return;
    const into = i === currentMatch ? out.current : out.search;
    for (const id of m.wordIds) into.push(doc.words[id].poly);
  });
  for (const id of errorWordIds) {
    const w = doc.words[id];
    if (w && w.pageIndex === pageIndex) out.errors.push(w.poly);
  }
  return out;
}
