import type { Answer, AuditItem, TruthOutcome } from './auditSchema.ts';

/** Where the reviewer goes after answering item `at`: the next unanswered one after it, else the first unanswered, else null (done). */
export function nextOpen(items: readonly { answer: Answer | null }[], at: number): number | null {
  for (let i = at + 1; i < items.length; i++) if (!items[i].answer) return i;
  for (let i = 0; i <= Math.min(at, items.length - 1); i++) if (!items[i].answer) return i;
  return null;
}

/** The item with a new answer, as shown until the relay confirms it. */
export function answered(item: AuditItem, answer: Answer, correction: string | null): AuditItem {
  return { ...item, answer, correction };
}

/** "37 of 50 answered". */
export function progressText(items: readonly { answer: Answer | null }[]): string {
  const done = items.filter((i) => i.answer).length;
  return `${done} of ${items.length} answered`;
}

/** What the reviewer is told became of a correction of a word of `doc`. */
export function correctionNote(outcome: TruthOutcome | null, doc: string): string {
  switch (outcome) {
    case 'edited':
      return `Correction written into the ground truth of ${doc}.`;
    case 'no-ground-truth':
      return `Correction kept with the audit: ${doc} has no proofread words with boxes to correct.`;
    case 'no-matching-word':
      return `Correction kept with the audit: no proofread word of ${doc} lies where this word is.`;
    case 'conflict':
      return `Correction kept with the audit: ${doc}'s ground truth was changed by someone else meanwhile, and stays as they left it.`;
    default:
      return 'Correction kept with the audit.';
  }
}
