import { matchByOverlap, pageScale, scaleBounds } from './align.ts';
import { textSimilarity } from './similarity.ts';
import { diffPageTables } from './tableDiff.ts';
import type { TableDiff } from './tableDiff.ts';
import type { DocumentModel, PageModel, WordModel } from '../types.ts';

/** How a word pair differs: not at all, in text, or (same text) in confidence. */
export type PairKind = 'same' | 'changed' | 'confidence';
export type DiffKind = PairKind | 'missing' | 'extra';

export interface ComparePair {
  aId: number;
  bId: number;
  kind: PairKind;
  iou: number;
  /** b's confidence minus a's. */
  confidenceDelta: number;
}

export interface CompareCounts {
  same: number;
  changed: number;
  confidence: number;
  missing: number;
  extra: number;
}

export interface CompareOptions {
  /** Least box overlap (IoU) for two words to be the same word in both runs. Default 0.3. */
  minIou?: number;
  /** Least confidence change that marks a same-text pair as `confidence`. Default 0.05. */
  confidenceDelta?: number;
}

export interface CompareResult {
  /** Words found in both runs, in run A's reading order. */
  pairs: ComparePair[];
  /** Run A's words with no partner in run B (reading order). */
  missing: number[];
  /** Run B's words with no partner in run A (reading order). */
  extra: number[];
  counts: CompareCounts;
  /** Counts per page, for every page in either run, in page order. */
  pages: { pageIndex: number; counts: CompareCounts }[];
  /** Table differences, for the pages where either run has tables. */
  tables: TableDiff[];
}

export const DEFAULT_MIN_IOU = 0.3;
export const DEFAULT_CONFIDENCE_DELTA = 0.05;
// Confidences like 0.95 − 0.9 come out a hair under 0.05 in floating point.
const EPS = 1e-9;

const zero = (): CompareCounts => ({ same: 0, changed: 0, confidence: 0, missing: 0, extra: 0 });

/**
 * Compares two runs of the same document (V1 vs V2, ko vs ja, CLOVA vs the embedded engine...)
 * page by page (pages pair by PageModel.index). Words pair up by box overlap, with text
 * similarity settling near ties (align.ts); run B's boxes are first scaled to run A's page size
 * when the two response spaces differ (pageScale). A pair is `changed` when the texts differ (compared in
 * NFC), else `confidence` when the confidence moved by at least `confidenceDelta`, else `same`.
 */
export function compareDocuments(
  a: DocumentModel,
  b: DocumentModel,
  opts: CompareOptions = {},
): CompareResult {
  const minIou = opts.minIou ?? DEFAULT_MIN_IOU;
  const delta = opts.confidenceDelta ?? DEFAULT_CONFIDENCE_DELTA;
  const result: CompareResult = { pairs: [], missing: [], extra: [], counts: zero(), pages: [], tables: [] };
  const pagesB = new Map(b.pages.map((p) => [p.index, p]));
  const pagesA = new Map(a.pages.map((p) => [p.index, p]));
  const indexes = [...new Set([...pagesA.keys(), ...pagesB.keys()])].sort((x, y) => x - y);
  for (const index of indexes) {
    const pa = pagesA.get(index);
    const pb = pagesB.get(index);
    const counts = comparePage(a, pa, b, pb, minIou, delta, result);
    result.pages.push({ pageIndex: index, counts });
    for (const k of Object.keys(counts) as (keyof CompareCounts)[]) result.counts[k] += counts[k];
    if ((pa?.tableIds.length ?? 0) + (pb?.tableIds.length ?? 0) > 0) {
      result.tables.push(diffPageTables(a, pa, b, pb));
    }
  }
  return result;
}

function comparePage(
  a: DocumentModel,
  pa: PageModel | undefined,
  b: DocumentModel,
  pb: PageModel | undefined,
  minIou: number,
  delta: number,
  out: CompareResult,
): CompareCounts {
  const wa: WordModel[] = pa?.wordIds.map((id) => a.words[id]) ?? [];
  const wb: WordModel[] = pb?.wordIds.map((id) => b.words[id]) ?? [];
  const [sx, sy] = pageScale(pa, pb);
  const m = matchByOverlap(
    wa.map((w) => w.bounds),
    wb.map((w) => scaleBounds(w.bounds, sx, sy)),
    minIou,
    (i, j) => textSimilarity(wa[i].text, wb[j].text),
  );
  const counts = zero();
  for (const { i, j, iou } of m.pairs) {
    const x = wa[i];
    const y = wb[j];
    const d = y.confidence - x.confidence;
    const kind: PairKind =
      x.text.normalize('NFC') !== y.text.normalize('NFC')
        ? 'changed'
        : Math.abs(d) >= delta - EPS
          ? 'confidence'
          : 'same';
    counts[kind]++;
    out.pairs.push({ aId: x.id, bId: y.id, kind, iou, confidenceDelta: d });
  }
  for (const i of m.onlyA) out.missing.push(wa[i].id);
  for (const j of m.onlyB) out.extra.push(wb[j].id);
  counts.missing = m.onlyA.length;
  counts.extra = m.onlyB.length;
  return counts;
}

export interface DiffLookup {
  /** Each word's kind in run A (same/changed/confidence/missing) and in run B (.../extra). */
  kindA: Map<number, DiffKind>;
  kindB: Map<number, DiffKind>;
  /** The paired word in the other run, for following a selection across the two views. */
  partnerOfA: Map<number, number>;
  partnerOfB: Map<number, number>;
}

export function diffLookup(r: CompareResult): DiffLookup {
  const out: DiffLookup = {
    kindA: new Map(),
    kindB: new Map(),
    partnerOfA: new Map(),
    partnerOfB: new Map(),
  };
  for (const p of r.pairs) {
    out.kindA.set(p.aId, p.kind);
    out.kindB.set(p.bId, p.kind);
    out.partnerOfA.set(p.aId, p.bId);
    out.partnerOfB.set(p.bId, p.aId);
  }
  for (const id of r.missing) out.kindA.set(id, 'missing');
  for (const id of r.extra) out.kindB.set(id, 'extra');
  return out;
}
