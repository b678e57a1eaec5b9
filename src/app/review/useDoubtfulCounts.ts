import { useMemo } from 'react';
import { doubtfulCountsPerPage } from '../../model/review/triage.ts';
import { useDocumentData } from '../document/documentData.tsx';
import { useUi } from '../ui/uiStore.ts';
import { useReview } from './reviewStore.ts';

/** Doubtful words per page (below the filter's threshold, else the low one), or null with no result. */
export function useDoubtfulCounts(): Map<number, number> | null {
  const { doc } = useDocumentData();
  const low = useUi((s) => s.thresholds.low);
  const below = useReview((s) => s.filterBelow ?? s.triageBelow) ?? low;
  return useMemo(() => (doc ? doubtfulCountsPerPage(doc, below) : null), [doc, below]);
}
