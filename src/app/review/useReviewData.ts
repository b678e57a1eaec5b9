import { useMemo } from 'react';
import { scoreDocument } from '../../model/review/score.ts';
import type { DocumentModel, DocumentScore, SearchMatch } from '../../model/index.ts';
import { useReview } from './reviewStore.ts';
import { matchesFor } from './searchMatches.ts';
import { useScoreSource } from './useScoreSource.ts';

/** The search matches of the current query (memoised per document and query). */
export function useSearchMatches(doc: DocumentModel | null): SearchMatch[] {
  const query = useReview((s) => s.query);
  return useMemo(() => matchesFor(doc, query), [doc, query]);
}

/**
 * The score of the pages that have an expected text (the document's ground truth when it has one,
 * else the pasted text; see useScoreSource), or null when none has. No document: nothing is read.
 */
export function useScore(doc: DocumentModel | null): DocumentScore | null {
  const source = useScoreSource(doc !== null);
  const expected = source.kind === 'none' ? null : source.expected;
  return useMemo(() => (doc && expected ? scoreDocument(doc, expected) : null), [doc, expected]);
}

/** Word id → 'current' or 'hit' for the words the search matches, for the text panel. */
export function useSearchWordMarks(doc: DocumentModel | null): ReadonlyMap<number, 'hit' | 'current'> {
  const matches = useSearchMatches(doc);
  const index = useReview((s) => s.matchIndex);
  return useMemo(() => {
    const m = new Map<number, 'hit' | 'current'>();
    matches.forEach((x, i) => {
      for (const id of x.wordIds) if (m.get(id) !== 'current') m.set(id, i === index ? 'current' : 'hit');
    });
    return m;
  }, [matches, index]);
}
