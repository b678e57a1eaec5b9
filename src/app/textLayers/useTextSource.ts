import { useMemo, useRef } from 'react';
import { liveView } from '../../model/groundTruth/liveView.ts';
import type { LiveView } from '../../model/groundTruth/liveView.ts';
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
 * Null while the layer is off: nothing is built for it then. Each revision's model is patched
 * from the one before when only words' text changed (a proofreading edit).
 */
export function useTextSource(doc: DocumentModel, pageIndex: number, on: boolean): TextSource | null {
  const gt = useGroundTruth(useStoredDocumentId()).data ?? null;
  const last = useRef<LiveView | null>(null);
  const view = useMemo(() => {
    if (!on || !gt || !usableGroundTruth(gt, null)) return null;
    const v = liveView(gt, {}, last.current ?? undefined);
    last.current = v;
    return v;
  }, [gt, on]);
  return useMemo(() => {
    if (!on) return null;
    const shown = doc.pages.find((p) => p.index === pageIndex);
    const truth = view?.doc.pages.find((p) => p.index === pageIndex);
    if (!view || !shown || !truth || truth.width <= 0 || truth.height <= 0)
      return { doc, toPage: { sx: 1, sy: 1 }, fromGroundTruth: false };
    return {
      doc: view.doc,
      toPage: { sx: shown.width / truth.width, sy: shown.height / truth.height },
      fromGroundTruth: true,
    };
  }, [doc, pageIndex, view, on]);
}
