import { useEffect } from 'react';
import type { DocumentData } from '../document/documentData.tsx';
import { useDocStore } from '../document/docStore.ts';
import { completes } from '../loaders/loadJson.ts';
import { useReview } from './reviewStore.ts';
import { useReviewKeyboard } from './useReviewKeyboard.ts';
import { useUrlView } from '../share/useUrlView.ts';

/** Everything the review workflow hooks into at the app level: shortcuts, the URL, document changes. */
export function useReviewWiring(data: DocumentData) {
  useReviewKeyboard(data);
  // A large response's first page comes before the full model: a shared view needs all its pages.
  useUrlView(data.complete ? data.doc : null);
  // Ground truth and search hits belong to the document they were made for.
  useEffect(
    () =>
      useDocStore.subscribe((s, prev) => {
        if (s.source !== prev.source || (s.saved !== prev.saved && !completes(prev.saved, s.saved)))
          useReview.getState().resetForDocument();
      }),
    [],
  );
}
