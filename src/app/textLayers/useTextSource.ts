import { useMemo } from 'react';
import { liveView } from '../../model/groundTruth/liveView.ts';
import { usableGroundTruth } from '../../model/groundTruth/scoreSource.ts';
import type { DocumentModel } from '../../model/index.ts';
import { useGroundTruth, useStoredDocumentId } from '../groundTruth/queries.ts';

export interface TextSource {
  doc: DocumentModel;
  /** Scales the source's page to the page shown (1 when they share a size). */
  toPage: { sx: number; sy: number };
  fromGroundTruth: boolean;
}

/**
 * Whose words the text layer sets on a page: the ground truth's live words once the stored
 * document has a reviewed ground truth (so corrections show in place), else the shown run's.
 */
export function useTextSource(doc: DocumentModel, pageIndex: number): TextSource {
  const gt = useGroundTruth(useStoredDocumentId()).data ?? null;
  const view = useMemo(() => (gt && usableGroundTruth(gt, null) ? liveView(gt) : null), [gt]);
  return useMemo(() => {
    const shown = doc.pages.find((p) => p.index === pageIndex);
    const truth = view?.doc.pages.find((p) => p.index === pageIndex);
    if (!view || !shown || !truth || truth.width <= 0 || truth.height <= 0)
      return { doc, toPage: { sx: 1, sy: 1 }, fromGroundTruth: false };
    return {
      doc: view.doc,
      toPage: { sx: shown.width / truth.width, sy: shown.height / truth.height },
      fromGroundTruth: true,
    };
  }, [doc, pageIndex, view]);
}
