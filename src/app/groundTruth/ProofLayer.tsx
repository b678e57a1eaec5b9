import { useEffect, useRef } from 'react';
import { useDocumentData } from '../document/documentData.tsx';
import { queryClient } from '../document/queryClient.ts';
import { stageElement } from '../lib/stageElement.ts';
import { currentContext } from '../actions/context.ts';
import { RunError } from '../run/runError.ts';
import { groundTruthKeys } from './api.ts';
import { useGroundTruth, useStoredDocumentId } from './queries.ts';
import { edits } from './edits.ts';
import { openEditor } from './editing.ts';
import { selectField, shownIndex } from './proofing.ts';
import { useProof } from './proofStore.ts';
import { ProofPanel } from './ProofPanel.tsx';
import { WordEditor } from './WordEditor.tsx';
import { RegionDraw } from './RegionDraw.tsx';
import { ReviewerDialog } from './ReviewerDialog.tsx';
import './proof.css';

/** Proofreading over the viewer: the session on the shared query, the editor, the panel, the box tool. */
export function ProofLayer() {
  const on = useProof((s) => s.on);
  return (
    <>
      {on && <ProofOn />}
      <ReviewerDialog />
    </>
  );
}

function loadError(e: unknown): string {
  if (e instanceof RunError && (e.status === 404 || e.status === 409))
    return 'This document has no stored run yet: run OCR (Ctrl+Enter), then proofread.';
  return `The ground truth could not be loaded: ${e instanceof Error ? e.message : String(e)}`;
}

function ProofOn() {
  const data = useDocumentData();
  const docId = useStoredDocumentId();
  const q = useGroundTruth(docId);
  const drawing = useProof((s) => s.drawing);
  const ix = shownIndex(data);

  // The server's copy (first load, or a refetch after a re-run): the session starts or rebases on it.
  useEffect(() => {
    if (docId && q.data && q.data !== edits.store.getState().local) edits.open(docId, q.data);
  }, [docId, q.data]);

  // A new run of this document re-matches its ground truth on the server: read it again.
  const result = data.run.result;
  const seen = useRef(result);
  useEffect(() => {
    if (seen.current === result) return;
    seen.current = result;
    if (docId && result) void queryClient.invalidateQueries({ queryKey: groundTruthKeys.document(docId) });
  }, [docId, result]);

  // The document left the store (another file opened): proofreading has nothing to act on.
  useEffect(() => {
    if (!docId) useProof.getState().set({ on: false, editing: null, drawing: false });
  }, [docId]);

  // A word chosen before the model holding it was built (after a merge, split, add) is selected now.
  useEffect(() => {
    const want = useProof.getState().want;
    if (ix && want && ix.wordOf(want)) selectField(ix, want);
  }, [ix]);

  useEffect(() => {
    const el = stageElement();
    if (!el) return;
    const onDbl = () => {
      const ctx = currentContext();
      const now = ctx && shownIndex(ctx.data);
      if (now) openEditor(now);
    };
    el.addEventListener('dblclick', onDbl);
    return () => el.removeEventListener('dblclick', onDbl);
  }, []);

  const error = docId ? (q.error ? loadError(q.error) : null) : 'Proofreading needs a stored document.';
  return (
    <>
      <ProofPanel ix={ix} loading={q.isLoading} error={error} />
      {ix && <WordEditor ix={ix} />}
      {drawing && ix && <RegionDraw />}
    </>
  );
}
