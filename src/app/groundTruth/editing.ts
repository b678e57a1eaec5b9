import type { Change, GtField } from '../../model/groundTruth/index.ts';
import { findField } from '../../model/groundTruth/places.ts';
import { useUi } from '../ui/uiStore.ts';
import { edits } from './edits.ts';
import { editorInput } from './editorInput.ts';
import type { ProofIndex } from './proofIndex.ts';
import { commit, cursor, move, selectField } from './proofing.ts';
import { useProof } from './proofStore.ts';
import { useReviewer } from './reviewer.ts';
import { afterPaint } from '../lib/afterPaint.ts';

/** The in-place editor's commands: open, save and move, cancel, split at the caret. */

/** The field as the reviewer last left it (the shown model may be a frame behind). */
export function currentField(id: string): GtField | null {
  const local = edits.store.getState().local;
  return local ? findField(local.images, id) : null;
}

export function openEditor(ix: ProofIndex): void {
  const id = cursor(ix);
  if (!id || !ix.wordOf(id)) return;
  selectField(ix, id);
  useProof.getState().set({ editing: id });
}

export const closeEditor = (): void => useProof.getState().set({ editing: null });

/**
 * The change the editor's text makes: an edit when the text differs; when it does not and
 * `confirm` is set (Enter), an accept of a word not yet reviewed; empty text is a false detection.
 */
export function editorChange(f: GtField, typed: string, confirm: boolean): Change | null {
  const text = typed.trim();
  if (text === '') return { op: 'delete', id: f.id };
  if (text !== f.inferText) return { op: 'edit', id: f.id, text };
  if (confirm && f.review === 'unreviewed') return { op: 'accept', id: f.id };
  return null;
}

/** Saves what is typed, then opens the editor on the next (1) or previous (-1) word. */
export function saveAndMove(ix: ProofIndex, dir: 1 | -1, confirm: boolean): void {
  const id = useProof.getState().editing;
  const el = editorInput();
  const f = id ? currentField(id) : null;
  if (!id || !el || !f) return closeEditor();
  const change = editorChange(f, el.value, confirm);
  const label =
    change?.op === 'edit'
      ? `Edit “${f.inferText}” → “${change.text}”`
      : `${change?.op ?? ''} “${f.inferText}”`;
  // Read before the change: a delete takes the word out of the walk.
  const to = ix.step(id, useProof.getState().order, dir);
  if (change) {
    if (!useReviewer.getState().name) return useReviewer.getState().ask(true);
    // Applied after the frames that show the next word's editor: on a page of 20,000 words the
    // apply takes longer than a frame, and an edit moves no box the editor needs.
    afterPaint(() => afterPaint(() => commit([change], label)));
  }
  if (to) {
    selectField(ix, to);
    useProof.getState().set({ editing: to });
  } else {
    move(ix, id, dir, false);
  }
}

/** Splits the word at the caret; the editor stays on its first part. */
export function splitAtCaret(): void {
  const id = useProof.getState().editing;
  const el = editorInput();
  const f = id ? currentField(id) : null;
  if (!id || !el || !f) return;
  const typed = el.value;
  const at = el.selectionStart ?? 0;
  const changes: Change[] = [];
  if (typed !== f.inferText) changes.push({ op: 'edit', id, text: typed });
  changes.push({ op: 'split', id, at });
  if (at <= 0 || at >= typed.length) {
    useUi.getState().setNotice('Split: put the caret between the two parts first.');
    return;
  }
  if (commit(changes, `Split “${typed}”`)) {
    const s = useProof.getState();
    s.set({ nonce: s.nonce + 1 });
  }
}
