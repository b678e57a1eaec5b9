import type { DocumentData } from '../document/documentData.tsx';
import { useUrlView } from '../share/useUrlView.ts';

/**
 * Everything the review workflow hooks into at the app level: the URL (its keys are actions). (Its state is
 * reset for a new document by document/openDocument.ts.)
 */
export function useReviewWiring(data: DocumentData) {
  // A large response's first page comes before the full model: a shared view needs all its pages.
  useUrlView(data.complete ? data.doc : null);
}
