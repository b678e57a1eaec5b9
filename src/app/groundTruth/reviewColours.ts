import type { ReviewState } from '../../model/groundTruth/index.ts';

/** How each review state is marked on the page (unreviewed words keep the confidence colours). */
export const REVIEW_COLOURS: Record<
  Exclude<ReviewState, 'unreviewed' | 'deleted'>,
  { line: string; fill: string }
> = {
  accepted: { line: '#22c55e', fill: 'rgba(34, 197, 94, 0.10)' },
  corrected: { line: '#38bdf8', fill: 'rgba(56, 189, 248, 0.16)' },
  added: { line: '#c084fc', fill: 'rgba(192, 132, 252, 0.18)' },
  illegible: { line: '#f97316', fill: 'rgba(249, 115, 22, 0.22)' },
};
