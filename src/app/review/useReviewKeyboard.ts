import { useEffect, useRef } from 'react';
import type { DocumentData } from '../document/documentData.tsx';
import { useUi } from '../ui/uiStore.ts';
import { useDocStore } from '../document/docStore.ts';
import { isTypingTarget } from '../lib/isTypingTarget.ts';
import { reviewActionFor } from './reviewKeys.ts';
import { useReview } from './reviewStore.ts';
import { walkDoubtful } from './walkDoubtful.ts';
import { exportPng } from './exportActions.ts';

export const SEARCH_INPUT_ID = 'review-search-input';

/** The review shortcuts (see reviewKeys.ts). Ctrl/Cmd+F works even from a form field. */
export function useReviewKeyboard(data: DocumentData) {
  const ref = useRef(data);
  useEffect(() => {
    ref.current = data;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = reviewActionFor(e);
      if (!action) return;
      if (action !== 'openSearch' && isTypingTarget(e.target)) return;
      const { doc, pages, source } = ref.current;
      if (!doc && action !== 'openSearch') return;
      e.preventDefault();
      switch (action) {
        case 'openSearch':
          useReview.getState().openSearch();
          // The box may not be mounted yet; focus it on the next frame.
          requestAnimationFrame(() => {
            const input = document.getElementById(SEARCH_INPUT_ID) as HTMLInputElement | null;
            input?.focus();
            input?.select();
          });
          return;
        case 'nextDoubtful':
        case 'prevDoubtful':
          if (doc) walkDoubtful(doc, pages, action === 'nextDoubtful' ? 1 : -1);
          return;
        case 'toggleFilter': {
          const r = useReview.getState();
          r.setFilterBelow(
            r.filterBelow === null ? (r.triageBelow ?? useUi.getState().thresholds.low) : null,
          );
          return;
        }
        case 'exportPng': {
          const name = source?.name ?? useDocStore.getState().saved?.name ?? null;
          void exportPng(name, useUi.getState().page);
          return;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
