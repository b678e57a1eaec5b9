import type { AuditItem, Verdict } from './auditSchema.ts';

/** Where the reviewer goes after answering item `at`: the next unanswered one after it, else the first unanswered, else null (done). */
export function nextOpen(items: readonly { verdict?: Verdict | null }[], at: number): number | null {
  for (let i = at + 1; i < items.length; i++) if (!items[i].verdict) return i;
  for (let i = 0; i <= Math.min(at, items.length - 1); i++) if (!items[i].verdict) return i;
  return null;
}

/** The item with a new answer, as shown until the relay confirms it. */
export function answered(item: AuditItem, verdict: Verdict, correction: string | null): AuditItem {
  return { ...item, verdict, correction };
}

/** "37 of 50 answered". */
export function progressText(items: readonly { verdict?: Verdict | null }[]): string {
  const done = items.filter((i) => i.verdict).length;
  return `${done} of ${items.length} answered`;
}
