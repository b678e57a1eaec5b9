import { acceptRestOfPage } from '../../model/groundTruth/index.ts';
import type { Change, GroundTruth } from '../../model/groundTruth/index.ts';
import type { DocumentData } from '../document/documentData.tsx';
import { useUi } from '../ui/uiStore.ts';
import { edits } from './edits.ts';
import { mergeSeparator, nextInList, proofIndex } from './proofIndex.ts';
import type { ProofIndex } from './proofIndex.ts';
import { useProof } from './proofStore.ts';
import { useReviewer } from './reviewer.ts';

/**
 * What proofreading's keys and buttons do, on the model the viewer shows (built from the live
 * ground truth): each reads the stores when performed, so a key, a button and the editor agree.
 */

const isGroundTruth = (raw: unknown): raw is GroundTruth =>
  typeof (raw as { revision?: unknown } | null)?.revision === 'number';

/** The walk of the ground truth on screen; null when the viewer does not show one. */
export function shownIndex(data: DocumentData): ProofIndex | null {
  if (!useProof.getState().on || !data.doc || !isGroundTruth(data.raw)) return null;
  return proofIndex(data.doc, data.raw);
}

/**
 * The selected word's field id when it is on the page shown, else the first of the page's walk (a
 * word left selected on the page before must not take the keys: its editor would not show).
 */
export function cursor(ix: ProofIndex): string | null {
  const sel = useUi.getState().selection;
  const page = ix.doc.pages[useUi.getState().page];
  const w = sel?.kind === 'word' ? ix.doc.words[sel.id] : undefined;
  if (w && (!page || w.pageIndex === page.index)) return ix.fieldOf(w).id;
  return page ? (ix.order(page.index, useProof.getState().order)[0] ?? null) : null;
}

/** Selects a word by field id (now if the model has it, else once the model that has it is built). */
export function selectField(ix: ProofIndex, id: string | null): void {
  const w = id ? ix.wordOf(id) : null;
  useUi.getState().select(w ? { kind: 'word', id: w.id } : null);
  useProof.getState().set({ want: w ? null : id });
}

/** Sends changes as one batch, once the reviewer has a name. */
export function commit(changes: Change[], label: string): boolean {
  if (!useReviewer.getState().name) {
    useReviewer.getState().ask(true);
    return false;
  }
  const ok = edits.commit(changes, label);
  if (!ok) useUi.getState().setNotice(`${label}: that no longer applies (see the proofreading panel).`);
  return ok;
}

const quote = (s: string) => `“${s.length > 24 ? `${s.slice(0, 23)}…` : s}”`;

/** Moves the selection (and the editor, when open) along the walk; false at the page's end. */
export function move(ix: ProofIndex, from: string, dir: 1 | -1, keepEditor: boolean): boolean {
  const to = ix.step(from, useProof.getState().order, dir);
  if (!to) {
    useProof.getState().set({ editing: null });
    useUi.getState().setNotice(dir > 0 ? 'End of the page: PgDn for the next one.' : 'Start of the page.');
    return false;
  }
  selectField(ix, to);
  if (keepEditor) useProof.getState().set({ editing: to });
  return true;
}

/** Marks the word under the cursor (accept, illegible, false detection) and moves on. */
export function mark(ix: ProofIndex, op: 'accept' | 'illegible' | 'delete'): void {
  const id = cursor(ix);
  const w = id ? ix.wordOf(id) : null;
  if (!id || !w) return;
  const label = { accept: 'Accept', illegible: 'Illegible', delete: 'Delete' }[op];
  // Where to go next is read before the change (a delete takes the word out of the walk).
  const next = ix.step(id, useProof.getState().order, 1);
  if (!commit([{ op, id }], `${label} ${quote(w.text)}`)) return;
  if (next) selectField(ix, next);
}

export function mergeNext(ix: ProofIndex): void {
  const id = cursor(ix);
  const next = id ? nextInList(ix.live, id) : null;
  const a = id ? ix.wordOf(id) : null;
  const b = next ? ix.wordOf(next) : null;
  if (!id || !next || !a || !b) {
    useUi.getState().setNotice('Merge: this word is the last of its page.');
    return;
  }
  const separator = mergeSeparator(a.text, b.text);
  if (commit([{ op: 'merge', ids: [id, next], separator }], `Merge ${quote(a.text)} + ${quote(b.text)}`))
    selectField(ix, id);
}

export function acceptPage(ix: ProofIndex): void {
  const page = ix.doc.pages[useUi.getState().page];
  const s = edits.store.getState();
  if (!page || !s.local) return;
  const changes = acceptRestOfPage(s.local, page.index);
  if (changes.length === 0) {
    useUi.getState().setNotice('Every word of this page is already reviewed.');
    return;
  }
  commit(changes, `Accept the rest of page ${page.index + 1} (${changes.length} words)`);
}
