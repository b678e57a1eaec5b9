import type { Answer, AuditItem } from './auditSchema.ts';

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
