import { useEffect, useRef } from 'react';
import { useDocumentData } from '../document/documentData.tsx';
import { useReview } from './reviewStore.ts';
import { useSearchMatches } from './useReviewData.ts';
import { stepMatch } from './searchMatches.ts';
import { goToWord } from './goToWord.ts';
import { SEARCH_INPUT_ID } from './useReviewKeyboard.ts';

/**
 * Ctrl/Cmd+F: find text across all pages (NFKC-folded, so full-width finds half-width). Enter and
 * Shift+Enter step through the matches; the view follows and the match is selected.
 */
export function SearchBar() {
  const { doc, pages } = useDocumentData();
  const open = useReview((s) => s.searchOpen);
  const query = useReview((s) => s.query);
  const index = useReview((s) => s.matchIndex);
  const { setQuery, setMatchIndex, closeSearch } = useReview.getState();
  const matches = useSearchMatches(doc);
  const count = matches.length;
  const current = count > 0 ? Math.min(index, count - 1) : -1;

  // Follow the current match (first match as you type, then Enter / Shift+Enter).
  const target = current >= 0 ? matches[current].wordIds[0] : undefined;
  const pagesRef = useRef(pages);
  pagesRef.current = pages;
  useEffect(() => {
    if (doc && target !== undefined) goToWord(doc, pagesRef.current, target);
  }, [doc, target, current]);

  if (!open) return null;
  const step = (dir: 1 | -1) => setMatchIndex(stepMatch(current, count, dir));
  return (
    <div className="search-bar" role="search" aria-label="Search the document">
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        className="search-input"
        data-testid="search-input"
        aria-label="Find text in all pages"
        placeholder="Find in all pages"
        autoFocus
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            closeSearch();
          }
        }}
      />
      <span
        className="search-count"
        data-testid="search-count"
        data-count={count}
        data-current={current + 1}
        role="status"
        aria-live="polite"
      >
        {query.trim() === '' ? '' : count === 0 ? 'No matches' : `${current + 1} of ${count}`}
      </span>
      <button
        type="button"
        className="icon-btn"
        aria-label="Previous match (Shift+Enter)"
        disabled={count === 0}
        onClick={() => step(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon-btn"
        aria-label="Next match (Enter)"
        disabled={count === 0}
        onClick={() => step(1)}
      >
        ↓
      </button>
      <button type="button" className="icon-btn" aria-label="Close search (Esc)" onClick={closeSearch}>
        ×
      </button>
    </div>
  );
}
