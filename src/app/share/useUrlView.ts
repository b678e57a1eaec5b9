import { useEffect, useRef } from 'react';
import {
  fitViewStateToDocument,
  hasViewKeys,
  parseViewState,
  viewerPatchOf,
  viewStateOf,
  writeViewState,
} from '../../model/files/viewState.ts';
import type { DocumentModel, ViewState } from '../../model/index.ts';
import { useUi } from '../ui/uiStore.ts';
import { useReview } from '../review/reviewStore.ts';

// Long enough that a drag or a wheel zoom writes the URL once, when it settles.
const WRITE_DELAY_MS = 400;

/** Puts a shared view (from a URL, a session file or a sample) on screen, fitted to the document. */
export function applyViewState(v: ViewState, doc: DocumentModel): void {
  const fitted = fitViewStateToDocument(v, doc);
  const patch = viewerPatchOf(fitted);
  // Page first: setPage would otherwise refit over the restored pan and zoom.
  useUi.getState().setPage(fitted.page);
  useUi.setState(patch);
  useReview.getState().setFilterBelow(fitted.filterBelow);
}

/**
 * The view lives in the URL hash: applied once when the first document arrives, then kept up to
 * date with history.replaceState (debounced, so no history entry and no write per mousemove).
 */
export function useUrlView(doc: DocumentModel | null) {
  const initial = useRef<string | null>(location.hash);

  useEffect(() => {
    if (!doc || initial.current === null) return;
    const hash = initial.current;
    initial.current = null;
    if (hasViewKeys(hash)) applyViewState(parseViewState(hash), doc);
  }, [doc]);

  useEffect(() => {
    if (!doc) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const v = viewStateOf(useUi.getState(), useReview.getState().filterBelow);
        const next = `#${writeViewState(v, location.hash)}`;
        if (next !== location.hash) history.replaceState(history.state, '', next);
      }, WRITE_DELAY_MS);
    };
    schedule();
    const offUi = useUi.subscribe(schedule);
    const offReview = useReview.subscribe((s, prev) => {
      if (s.filterBelow !== prev.filterBelow) schedule();
    });
    return () => {
      clearTimeout(timer);
      offUi();
      offReview();
    };
  }, [doc]);
}
