import { buildSearchIndex, searchIndex } from '../../model/review/search.ts';
import type { DocumentModel, SearchIndex, SearchMatch } from '../../model/index.ts';

// One index per document model: built on the first search, reused for every keystroke after.
const indexes = new WeakMap<DocumentModel, SearchIndex>();

/** Every match of the query in the document, in reading order (NFKC-folded, see model/search.ts). */
export function matchesFor(doc: DocumentModel | null, query: string): SearchMatch[] {
  if (!doc || query.trim() === '') return [];
  let index = indexes.get(doc);
  if (!index) {
    index = buildSearchIndex(doc);
    indexes.set(doc, index);
  }
  return searchIndex(doc, index, query);
}

/** The match index after stepping by `dir`, wrapping around; 0 when there are none. */
export function stepMatch(current: number, count: number, dir: 1 | -1): number {
  if (count === 0) return 0;
  return (((current + dir) % count) + count) % count;
}
