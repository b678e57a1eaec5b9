import { useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { buildDocument } from '../../model/document/document.ts';
import { compareDocuments, diffLookup } from '../../model/review/diff.ts';
import type { CompareResult, DiffLookup, DocumentModel } from '../../model/index.ts';
import { useDocStore } from '../document/docStore.ts';
import { offsetPages } from '../../model/response/offsetPages.ts';
import { displayPages } from '../../model/document/displayPages.ts';
import type { DisplayPage } from '../../model/document/displayPages.ts';
import { HitIndex } from '../document/hitIndex.ts';
import type { DocSource } from '../loaders/source.ts';
import { listRuns } from './compareRuns.ts';
import type { CompareRun } from './compareRuns.ts';
import { useCompare } from './compareStore.ts';
import { pickRuns } from './pickRuns.ts';
import { useGroundTruthRun } from './groundTruthRun.ts';
import { useFinishedRuns } from '../document/useFinishedRuns.ts';

export interface CompareSideData {
  run: CompareRun;
  doc: DocumentModel;
  pages: DisplayPage[];
  hits: HitIndex;
}

export interface CompareData {
  runs: CompareRun[];
  a: CompareSideData | null;
  b: CompareSideData | null;
  result: CompareResult | null;
  lookup: DiffLookup | null;
}

function side(run: CompareRun, source: DocSource | null): CompareSideData {
  const doc = buildDocument(offsetPages(run.raw, run.pageOffset), { pageSizes: source?.pages });
  return { run, doc, pages: displayPages(doc, source?.pages ?? []), hits: new HitIndex(doc) };
}

/** The runs on offer, the two compared, their models and the diff, derived once per change. */
export function useCompareData(): CompareData {
  const client = useQueryClient();
  const source = useDocStore((s) => s.source);
  const hash = useDocStore((s) => s.hash);
  const saved = useDocStore((s) => s.saved);
  const aId = useCompare((s) => s.aId);
  const bId = useCompare((s) => s.bId);
  const version = useFinishedRuns();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version marks a cache change
  const listed = useMemo(() => listRuns(client, hash, saved), [client, hash, saved, version]);
  // The ground truth, once the stored document has one, is a side like any run (issue 15 §4).
  const truth = useGroundTruthRun();
  const runs = useMemo(() => (truth ? [...listed, truth] : listed), [listed, truth]);
  const picked = useMemo(() => pickRuns(runs, aId, bId), [runs, aId, bId]);
  const a = useMemo(() => (picked ? side(picked.a, source) : null), [picked?.a, source]); // eslint-disable-line react-hooks/exhaustive-deps
  const b = useMemo(() => (picked ? side(picked.b, source) : null), [picked?.b, source]); // eslint-disable-line react-hooks/exhaustive-deps
  const result = useMemo(() => (a && b ? compareDocuments(a.doc, b.doc) : null), [a, b]);
  const lookup = useMemo(() => (result ? diffLookup(result) : null), [result]);
  return { runs, a, b, result, lookup };
}
