import { useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { buildDocument } from '../../../model/document/document.ts';
import { charErrors, errorRate, wordErrors } from '../../../model/review/metrics.ts';
import { scoreDocument } from '../../../model/review/score.ts';
import { liveView } from '../../../model/groundTruth/liveView.ts';
import type { ScoreSource } from '../../../model/groundTruth/scoreSource.ts';
import type { GroundTruth } from '../../../model/groundTruth/index.ts';
import { offsetPages } from '../../../model/response/offsetPages.ts';
import { useDocStore } from '../../document/docStore.ts';
import { listRuns } from '../../compare/compareRuns.ts';
import { useFinishedRuns } from '../../document/useFinishedRuns.ts';

export interface RunScore {
  id: string;
  label: string;
  cer: number;
  wer: number;
  charErrors: number;
  chars: number;
}

export const GROUND_TRUTH_ROW = 'groundtruth';

/** The ground truth scored against itself: 0 by construction, computed as any run is (a check on both). */
function selfScore(gt: GroundTruth | null, source: ScoreSource & { kind: 'groundTruth' }): RunScore {
  const label = `Ground truth (revision ${source.revision})`;
  if (gt && !source.textOnly) {
    const s = scoreDocument(liveView(gt).doc, source.expected);
    return { id: GROUND_TRUTH_ROW, label, ...s };
  }
  const pages = source.expected.filter((t): t is string => typeof t === 'string');
  const c = pages.map((t) => charErrors(t, t));
  const w = pages.map((t) => wordErrors(t, t));
  const sum = (xs: { errors: number; length: number }[]) => ({
    errors: xs.reduce((n, x) => n + x.errors, 0),
    length: xs.reduce((n, x) => n + x.length, 0),
  });
  const chars = sum(c);
  return {
    id: GROUND_TRUTH_ROW,
    label,
    cer: errorRate(chars),
    wer: errorRate(sum(w)),
    charErrors: chars.errors,
    chars: chars.length,
  };
}

/**
 * Every run of the open document (the cached runs and the opened response, as compare lists them)
 * scored against the ground truth, and the ground truth itself first. Empty unless the source is
 * the document's ground truth: pasted text is for the page shown.
 */
export function useRunScores(source: ScoreSource & { groundTruth: GroundTruth | null }): RunScore[] {
  const client = useQueryClient();
  const docSource = useDocStore((s) => s.source);
  const hash = useDocStore((s) => s.hash);
  const saved = useDocStore((s) => s.saved);
  const version = useFinishedRuns();
  return useMemo(() => {
    if (source.kind !== 'groundTruth') return [];
    const rows = [selfScore(source.groundTruth, source)];
    for (const run of listRuns(client, hash, saved)) {
      const doc = buildDocument(offsetPages(run.raw, run.pageOffset), { pageSizes: docSource?.pages });
      const s = scoreDocument(doc, source.expected);
      rows.push({ id: run.id, label: run.label, ...s });
    }
    return rows;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version marks a cache change
  }, [source, client, hash, saved, docSource, version]);
}
