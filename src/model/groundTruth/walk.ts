import { fieldOf, liveView } from './liveView.ts';
import type { LiveView } from './liveView.ts';
import { pagesOfImages } from './pages.ts';
import type { Change, GroundTruth } from './types.ts';

export type ProofOrder = 'confidence' | 'reading';

/**
 * The ids of a page's live words in the order proofreading walks them: reading order (the
 * viewer's lines and paragraphs), or lowest confidence first (reading order breaking ties).
 * Only words still unreviewed when `pendingOnly`.
 */
export function proofreadingOrder(
  view: LiveView,
  page: number,
  order: ProofOrder,
  pendingOnly = false,
): string[] {
  const p = view.doc.pages.find((x) => x.index === page);
  if (!p) return [];
  const words = p.wordIds
    .map((wid, rank) => ({ word: view.doc.words[wid], rank }))
    .map(({ word, rank }) => ({ field: fieldOf(view, word), confidence: word.confidence, rank }))
    .filter(({ field }) => !pendingOnly || field.review === 'unreviewed');
  if (order === 'confidence') words.sort((a, b) => a.confidence - b.confidence || a.rank - b.rank);
  return words.map((w) => w.field.id);
}

/** "Accept the rest of this page": an accept for every word of the page still unreviewed. */
export function acceptRestOfPage(gt: GroundTruth, page: number): Change[] {
  const image = pagesOfImages(gt.images).imageOf.get(page);
  if (image === undefined) return [];
  return gt.images[image].fields
    .filter((f) => f.review === 'unreviewed')
    .map((f) => ({ op: 'accept', id: f.id }));
}

/** The live view of a ground truth, for callers that walk it without building one themselves. */
export const viewOf = (gt: GroundTruth): LiveView => liveView(gt);
