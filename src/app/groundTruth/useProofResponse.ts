import { useDeferredValue, useMemo } from 'react';
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
 * Deferred, so the model of a large page is rebuilt after an edit in a render of its own, and the
 * editor moves on to the next word without waiting for it.
 */
export function useProofResponse(): GroundTruth | null {
  const on = useProof((s) => s.on);
  const docId = useStoredDocumentId();
  const local = useDeferredValue(useEdits((s) => (s.docId === docId ? s.local : null)));
  return useMemo(() => (on && local ? liveOf(local) : null), [on, local]);
}
