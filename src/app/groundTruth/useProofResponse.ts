import { useEffect, useMemo, useState } from 'react';
import { createStore, useStore } from 'zustand';
import { afterPaint } from '../lib/afterPaint.ts';
import { liveFields } from '../../model/groundTruth/live.ts';
import type { GroundTruth } from '../../model/groundTruth/index.ts';
import { useProof } from './proofStore.ts';
import type { EditState } from './editSession.ts';
import { useProofCode } from './loadProof.ts';
import { useStoredDocumentId } from './queries.ts';

/** The ground truth without its deleted words: what proofreading shows as the document. */
export function liveOf(gt: GroundTruth): GroundTruth {
  return { ...gt, images: gt.images.map((image) => ({ ...image, fields: liveFields(image.fields) })) };
}

/**
 * Whether two ground truths hold the same words in the same places of their lists (text and
 * review may differ): what an edit, accept or delete keeps, and a split, merge, add or their undo
 * does not. A few numbers per page, whatever the page's size.
 */
export function sameWords(a: GroundTruth, b: GroundTruth): boolean {
  return (
    a.images.length === b.images.length &&
    a.images.every((im, i) => im.fields.length === b.images[i].fields.length)
  );
}

/** Stands in for the edit session until proofreading's code has loaded: no document, nothing local. */
const NO_SESSION = createStore<Pick<EditState, 'docId' | 'local'>>()(() => ({ docId: null, local: null }));

/**
 * The response the viewer shows while proofreading: the reviewer's live ground truth, or null.
 * After an edit, the page's model is rebuilt two frames later, so the editor moves on to the next
 * word (drawn from the current model: an edit does not move boxes) without waiting for it. A
 * change of the words themselves (split, merge, add) is shown in the same render: the walk is read
 * from the shown model, and a key pressed within those two frames must already step onto a new word.
 */
export function useProofResponse(): GroundTruth | null {
  const on = useProof((s) => s.on);
  const docId = useStoredDocumentId();
  const session = useProofCode((s) => s.code?.edits.store) ?? NO_SESSION;
  const local = useStore(session, (s) => (s.docId === docId ? s.local : null));
  const [shown, setShown] = useState(local);
  // Set during render (React renders again at once, before committing), not in an effect.
  if (shown && local && shown !== local && !sameWords(shown, local)) setShown(local);
  useEffect(() => {
    if (shown === local) return;
    // The first load, or leaving a document, is shown at once; edits after the frames that show them.
    if (!shown || !local) return setShown(local);
    let cancel = afterPaint(() => (cancel = afterPaint(() => setShown(local))));
    return () => cancel();
  }, [local, shown]);
  return useMemo(() => (on && shown ? liveOf(shown) : null), [on, shown]);
}
