import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { scoreSource, usableGroundTruth } from '../../model/groundTruth/scoreSource.ts';
import type { ScoreSource } from '../../model/groundTruth/scoreSource.ts';
import type { GroundTruth } from '../../model/groundTruth/index.ts';
import { fetchTruthText, groundTruthKeys } from '../groundTruth/api.ts';
import { useGroundTruth, useStoredDocumentId } from '../groundTruth/queries.ts';
import { useReview } from './reviewStore.ts';
import { useScoreChoice } from './scoreChoice.ts';

/**
 * The stored document's true text as GET …/groundtruth/text answers it (what PUT text gave, else
 * the boxes' text), under the ground truth's own key: invalidating one refetches both.
 */
function useTruthText(documentId: string | null) {
  return useQuery({
    queryKey: groundTruthKeys.text(documentId ?? ''),
    queryFn: ({ signal }) => fetchTruthText(documentId!, signal),
    enabled: documentId !== null,
    retry: false,
  });
}

/** What scores are computed against: the ground truth when the document has one, else the pasted text. */
export type ScoreSourceState = ScoreSource & {
  groundTruth: GroundTruth | null;
  /** The document has a ground truth to score against (whatever the user chose). */
  groundTruthAvailable: boolean;
};

/** Nothing to score against, for a caller that has nothing to score (see `enabled`). */
const OFF: ScoreSourceState = { kind: 'none', groundTruth: null, groundTruthAvailable: false };

/**
 * `enabled` false (the canvas marks while proofreading) reads nothing: the source is recomputed on
 * every ground-truth revision, a pass over all its words (~5 ms on 20,000) after every edit.
 */
export function useScoreSource(enabled = true): ScoreSourceState {
  const id = useStoredDocumentId();
  const gt = useGroundTruth(id).data ?? null;
  const text = useTruthText(id).data ?? null;
  const pasted = useReview((s) => s.truth);
  const choice = useScoreChoice((s) => s.choice);
  return useMemo(
    () =>
      enabled
        ? {
            ...scoreSource({ groundTruth: gt, truthText: text, pasted, choice }),
            groundTruth: gt,
            groundTruthAvailable: usableGroundTruth(gt, text),
          }
        : OFF,
    [enabled, gt, text, pasted, choice],
  );
}
