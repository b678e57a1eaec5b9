import { useEffect, useRef } from 'react';
import { useDocumentData } from '../document/documentData.tsx';
import { queryClient } from '../document/queryClient.ts';
import { stageElement } from '../lib/stageElement.ts';
import { currentContext } from '../actions/context.ts';
import { RunError } from '../run/runError.ts';
import { groundTruthKeys } from './api.ts';
import { useGroundTruth, useStoredDocumentId } from './queries.ts';
import { useProjects } from '../projects/projectStore.ts';
import { storeShownRun } from './storeShownRun.ts';
import { edits } from './edits.ts';
import { openEditor } from './editing.ts';
import { selectField, shownIndex } from './proofing.ts';
import { useProof } from './proofStore.ts';
import { useUi } from '../ui/uiStore.ts';
import { ProofPanel } from './ProofPanel.tsx';
import { WordEditor } from './WordEditor.tsx';
import { RegionDraw } from './RegionDraw.tsx';

function loadError(e: unknown): string {
  if (e instanceof RunError && e.status === 409)
    return 'This document has no stored run yet: run OCR (Ctrl+Enter) and proofreading starts from it.';
  return `The ground truth could not be loaded: ${e instanceof Error ? e.message : String(e)}`;
}

/** Proofreading on: the session on the shared query, the panel, the editor, the box tool. */
export function ProofOn() {
  const data = useDocumentData();
  const docId = useStoredDocumentId();
  const q = useGroundTruth(docId);
  const drawing = useProof((s) => s.drawing);
  const ix = shownIndex(data);

  // The server's copy (first load, or a refetch after a re-run): the session starts or rebases on it.
  useEffect(() => {
    if (docId && q.data && q.data !== edits.store.getState().local) edits.open(docId, q.data);
  }, [docId, q.data]);

  // The run on screen becomes a stored run of the document: the ground truth starts from it when
  // the document has none yet, and follows a new one (matched to its boxes, corrections kept).
  const result = data.run.result;
  const seen = useRef(result);
  const noRun = q.error instanceof RunError && q.error.status === 409;
  const tried = useRef<string | null>(null);
  useEffect(() => {
    const fresh = seen.current !== result;
    seen.current = result;
    const current = useProjects.getState().current;
    if (!docId || current?.docId !== docId) return;
    const shown = result && result.pageOffset === 0 ? result.response : noRun ? data.raw : undefined;
    if (!(fresh && result) && !(noRun && tried.current !== docId)) return;
    if (shown === undefined) return;
    tried.current = docId;
    useProof.getState().set({ region: { busy: false, message: null } });
    storeShownRun(docId, current.projectId, shown)
      .then(() => queryClient.invalidateQueries({ queryKey: groundTruthKeys.document(docId) }))
      .catch((e: unknown) =>
        useProof.getState().set({
          region: {
            busy: false,
            message: `The run on screen could not be stored: ${e instanceof Error ? e.message : e}`,
          },
        }),
      );
  }, [docId, result, noRun, data.raw]);

  // The document left the store (another file opened): proofreading has nothing to act on.
  useEffect(() => {
    if (!docId) useProof.getState().set({ on: false, editing: null, drawing: false });
  }, [docId]);

  // A word chosen before the model holding it was built (after a merge, split, add) is selected now.
  useEffect(() => {
    const want = useProof.getState().want;
    if (ix && want && ix.wordOf(want)) selectField(ix, want);
  }, [ix]);

  // The walk of the page and the id index, built while idle, not on the next key press.
  const order = useProof((s) => s.order);
  const pageNo = useUi((s) => s.page);
  useEffect(() => {
    const page = ix?.doc.pages[pageNo];
    if (!ix || !page) return;
    const idle = requestIdleCallback(() => {
      ix.wordOf('');
      ix.order(page.index, order);
    });
    return () => cancelIdleCallback(idle);
  }, [ix, pageNo, order]);

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
