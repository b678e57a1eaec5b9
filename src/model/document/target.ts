import type { SelectionKind, ViewState } from '../files/viewState.ts';

/** Something on the page a user can point at: a word, line, paragraph, table cell or table (ids from the DocumentModel). */
export type Target = NonNullable<ViewState['selection']>;
export type TargetKind = SelectionKind;

export function sameTarget(a: Target | null, b: Target | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.kind === b.kind && a.id === b.id;
}
