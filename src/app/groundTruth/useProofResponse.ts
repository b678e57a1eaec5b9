import { useEffect, useMemo, useState } from 'react';
import { afterPaint } from '../lib/afterPaint.ts';
import { liveFields } from '../../model/groundTruth/index.ts';
import type { GroundTruth } from '../../model/groundTruth/index.ts';
import { useProof } from './proofStore.ts';
import { useEdits } from './edits.ts';
import { useStoredDocumentId } from './queries.ts';

/** The ground truth without its deleted words: what proofreading shows as the document. */
export function liveOf(gt: GroundTruth): GroundTruth {
  return { ...gt, images: gt.images.map((image) => ({ ...image, fields: liveFields(image.fields) })) };
}

/**
 * The response the viewer shows while proofreading: the reviewer's live ground truth, or null.
 * After an edit, the page's model is rebuilt two frames later, so the editor moves on to the next
 * word (drawn from the current model: an edit does not move boxes) without waiting for it.
 */
export function useProofResponse(): GroundTruth | null {
  const on = useProof((s) => s.on);
  const docId = useStoredDocumentId();
  const local = useEdits((s) => (s.docId === docId ? s.local : null));
  const [shown, setShown] = useState(local);
  useEffect(() => {
    if (shown === local) return;
    // The first load, or leaving a document, is shown at once; edits after the frames that show them.
    if (!shown || !local) return setShown(local);
    let cancel = afterPaint(() => (cancel = afterPaint(() => setShown(local))));
    return () => cancel();
  }, [local, shown]);
  return useMemo(() => (on && shown ? liveOf(shown) : null), [on, shown]);
}
