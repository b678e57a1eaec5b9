import { useMemo } from 'react';
import { groundTruthResponse } from '../../model/groundTruth/export/clova.ts';
import { usableGroundTruth } from '../../model/groundTruth/scoreSource.ts';
import { useGroundTruth, useStoredDocumentId } from '../groundTruth/queries.ts';
import type { CompareRun } from './compareRuns.ts';

export const GROUND_TRUTH_RUN_ID = 'groundtruth';

/**
 * The stored document's ground truth as a compare side: its live words (deleted ones left out)
 * in CLOVA's shape, so compare diffs it against any run. Null until a word has been reviewed:
 * before that it is only a copy of the latest run.
 */
export function useGroundTruthRun(): CompareRun | null {
  const gt = useGroundTruth(useStoredDocumentId()).data ?? null;
  return useMemo(
    () =>
      gt && usableGroundTruth(gt, null)
        ? {
            id: GROUND_TRUTH_RUN_ID,
            label: `Ground truth (revision ${gt.revision})`,
            raw: groundTruthResponse(gt),
            pageOffset: 0,
            options: null,
          }
        : null,
    [gt],
  );
}
