import { queryClient } from './queryClient.ts';
import type { DocSource } from '../loaders/source.ts';
import type { SavedResponse } from '../loaders/loadJson.ts';
import { useDocStore } from './docStore.ts';
import { useUi } from '../ui/uiStore.ts';
import type { ResponseSource } from '../ui/uiStore.ts';
import { hoverStore } from '../ui/hoverStore.ts';
import { afterPaint } from '../lib/afterPaint.ts';
import { useReview } from '../review/reviewStore.ts';
import { useCompare } from '../compare/compareStore.ts';
import { forgetSampleInUrl } from '../samples/sampleUrl.ts';
import { renderQueue } from '../pages/renderQueue.ts';
import { resetStoredForDocument } from '../projects/forgetStored.ts';
import { cancelRuns } from './runs.ts';

/** A document (and/or response) ready to be shown, as a loader or a session file produced it. */
export interface NextDocument {
  source: DocSource | null;
  hash: string | null;
  saved: SavedResponse | null;
  /** Files of the same open that failed; shown beside the document. */
  errors?: string[];
  /** When `saved` is a large response's page 1 only: parses its whole (after page 1 is drawn). */
  whole?: () => SavedResponse;
  /** The response shown first; by default the opened one, if any, else the runs. */
  show?: ResponseSource;
}

/** An open has started: the toolbar shows it, and the last open's errors go. */
export function beginOpening(): void {
  useDocStore.setState({ opening: true, errors: [] });
}

/** An open produced nothing to show: the document on screen stays, with the reasons. */
export function failOpening(errors: string[]): void {
  useDocStore.setState({ opening: false, errors });
}

/**
 * THE place where one document replaces another, whatever opened it (files, a session, a sample):
 * runs in flight for the old one are cancelled, its rasters and decoder released, the store set,
 * and every feature's per-document state reset here, explicitly. No feature watches the store to
 * guess that a new document arrived.
 */
export function replaceDocument(next: NextDocument): void {
  // A run still going for the previous document is of no use any more.
  void cancelRuns(queryClient);
  const old = useDocStore.getState().source;
  if (old && old !== next.source) {
    renderQueue.release(old);
    old.destroy();
  }
  useDocStore.setState({
    source: next.source,
    hash: next.hash,
    saved: next.saved,
    opening: false,
    errors: next.errors ?? [],
  });
  // Page, selection, view and run state; ground truth and search hits; compare mode; hover; and
  // the sample link and the stored document's link, which no longer describe what is on screen.
  useUi.getState().resetForDocument(next.show ?? (next.saved ? 'saved' : 'run'));
  useReview.getState().resetForDocument();
  useCompare.getState().resetForDocument();
  hoverStore.set(null);
  forgetSampleInUrl();
  resetStoredForDocument(next.source);

  const partial = next.saved;
  const whole = next.whole;
  if (partial && whole) afterPaint(() => completeResponse(partial, whole));
}

/**
 * The whole of a large response replaces its page 1 once that has been drawn: the rest of the
 * same document, so nothing is reset. Ignored when something else was opened in between.
 */
export function completeResponse(partial: SavedResponse, parseWhole: () => SavedResponse): void {
  const docs = useDocStore;
  if (docs.getState().saved !== partial) return;
  try {
    docs.setState({ saved: parseWhole() });
  } catch (e) {
    docs.setState({ errors: [...docs.getState().errors, e instanceof Error ? e.message : String(e)] });
  }
}
