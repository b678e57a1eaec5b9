import { PAGE_SEPARATOR } from '../document/text.ts';
import { reviewProgress } from './progress.ts';
import { expectedPerPage, groundTruthText, truthTextPages } from './text.ts';
import type { GroundTruth } from './types.ts';

/**
 * What the Score tab scores runs against (issue 15 §4): the document's ground truth when it has
 * one, else the text the user pasted or loaded. A stored document always answers a ground truth
 * (before any review it is the latest run, every word unreviewed): it counts only once a word was
 * reviewed or its true text was given (PUT …/groundtruth/text), else every run would score
 * against a copy of itself. The user can still score against pasted text.
 */
export type ScoreChoice = 'groundTruth' | 'pasted';

export type ScoreSource =
  | {
      kind: 'groundTruth';
      /** Expected text per page index, as scoreDocument takes it. */
      expected: (string | undefined)[];
      revision: number;
      reviewed: number;
      total: number;
      /** The truth is text only (no boxes reviewed): given by PUT …/groundtruth/text. */
      textOnly: boolean;
    }
  | { kind: 'pasted'; expected: (string | undefined)[] }
  | { kind: 'none' };

export interface ScoreInputs {
  groundTruth: GroundTruth | null;
  /**
   * GET …/groundtruth/text's answer (pages by form feed): the text PUT for the document, else its
   * boxes' text; null when there is none.
   */
  truthText: string | null;
  /** Text typed or loaded in the Score tab, per page index. */
  pasted: readonly (string | undefined)[];
  /** What the user asked for; the ground truth is the default when there is one. */
  choice: ScoreChoice;
}

/**
 * The text given for the document (PUT …/text), or null: an answer that is only the boxes' own
 * text is not one (a text given identical to the boxes' text scores the same as they do).
 */
export function givenText(gt: GroundTruth | null, truthText: string | null): string | null {
  if (truthText === null || truthText.trim() === '') return null;
  if (gt !== null && truthTextPages(truthText).join(PAGE_SEPARATOR) === groundTruthText(gt)) return null;
  return truthText;
}

/** Whether the document has a ground truth worth scoring against. */
export function usableGroundTruth(gt: GroundTruth | null, truthText: string | null): boolean {
  return (gt !== null && reviewProgress(gt).reviewed > 0) || givenText(gt, truthText) !== null;
}

export function scoreSource({ groundTruth: gt, truthText, pasted, choice }: ScoreInputs): ScoreSource {
  const hasPasted = pasted.some((t) => typeof t === 'string');
  const pastedSource: ScoreSource = hasPasted ? { kind: 'pasted', expected: [...pasted] } : { kind: 'none' };
  if (choice === 'pasted' || !usableGroundTruth(gt, truthText)) return pastedSource;
  const progress = gt ? reviewProgress(gt) : { reviewed: 0, total: 0 };
  const reviewedBoxes = progress.reviewed > 0 && gt !== null;
  return {
    kind: 'groundTruth',
    // Reviewed boxes are the finer truth; a given text counts when no box was reviewed.
    expected: reviewedBoxes ? expectedPerPage(gt) : truthTextPages(givenText(gt, truthText) ?? ''),
    revision: gt?.revision ?? 0,
    reviewed: progress.reviewed,
    total: progress.total,
    textOnly: !reviewedBoxes,
  };
}

/** "against ground truth (revision 4, 12 of 230 words reviewed)", for the Score tab's heading. */
export function scoreSourceLabel(s: ScoreSource): string {
  if (s.kind === 'pasted') return 'against the pasted text';
  if (s.kind === 'none') return 'no expected text yet';
  if (s.textOnly) return `against ground truth (revision ${s.revision}, text given for the document)`;
  return `against ground truth (revision ${s.revision}, ${s.reviewed} of ${s.total} words reviewed)`;
}
