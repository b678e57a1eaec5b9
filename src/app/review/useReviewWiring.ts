import { useEffect } from 'react';
import type { DocumentData } from '../state/documentData.tsx';
import { useDocStore } from '../state/docStore.ts';
import { completes } from '../loaders/loadJson.ts';
import { useReview } from './reviewStore.ts';
import { useUrlView } from './useUrlView.ts';

/** Everything the review workflow hooks into at the app level: the URL, document changes (its keys are actions). */
export function useReviewWiring(data: DocumentData) {
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
