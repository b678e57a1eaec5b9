/** Something on the page a user can point at: a word, line, paragraph, table cell or table (ids from the DocumentModel). */
export type TargetKind = 'word' | 'line' | 'paragraph' | 'cell' | 'table';

export interface Target {
  kind: TargetKind;
  id: number;
}

export function sameTarget(a: Target | null, b: Target | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.kind === b.kind && a.id === b.id;
}
