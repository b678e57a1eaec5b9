import { createContext, useContext, useDeferredValue, useEffect, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { DocumentModel } from '../../model/index.ts';
import { useDocStore } from './docStore.ts';
import { useUi } from '../ui/uiStore.ts';
import type { ResponseSource } from '../ui/uiStore.ts';
import { displayPages } from '../../model/document/displayPages.ts';
import type { DisplayPage } from '../../model/document/displayPages.ts';
import { HitIndex } from './hitIndex.ts';
import { useOcrRun } from '../run/useOcrRun.ts';
import type { OcrRun } from '../run/useOcrRun.ts';
import { offsetPages } from '../../model/response/offsetPages.ts';
import type { DocSource } from '../loaders/source.ts';
import { useFirstPageFirst } from './useFirstPageFirst.ts';
import { useProofResponse } from '../groundTruth/useProofResponse.ts';
import { useBoxes } from '../canvas/useBoxes.ts';

export interface DocumentData {
  source: DocSource | null;
  /** Where the shown response comes from, or null when none is shown. */
  origin: ResponseSource | null;
  /** The response as received/opened (for the JSON tab). */
  raw: unknown;
  /** Derived from `raw` + the document's page sizes; never stored. */
  doc: DocumentModel | null;
  /**
   * False for a moment after a large response is opened: `doc` holds its first page only (drawn
   * first), and the full model follows after the first paint. Code acting once per document
   * (applying a shared view) waits for true.
   */
  complete: boolean;
  pages: DisplayPage[];
  hits: HitIndex | null;
  run: OcrRun;
}

const Ctx = createContext<DocumentData | null>(null);
const PanelCtx = createContext<DocumentData | null>(null);

/** Derives the shown response, its model, the page list and hit indexes once, for every panel. */
export function DocumentDataProvider({ children }: { children: ReactNode }) {
  const source = useDocStore((s) => s.source);
  const saved = useDocStore((s) => s.saved);
  const wanted = useUi((s) => s.responseSource);
  const run = useOcrRun();

  const origin: ResponseSource | null =
    wanted === 'run' && run.result ? 'run' : saved ? 'saved' : run.result ? 'run' : null;
  // Proofreading shows the reviewer's ground truth (a response of the same shape) instead.
  const proof = useProofResponse();
  const raw =
    proof ?? (origin === 'run' ? run.result?.response : origin === 'saved' ? saved?.json : undefined);
  // A large opened response comes as its page 1 first, then whole (see document/openDocument).
  const partial = !proof && origin === 'saved' && !!saved?.partial;
  const offset = !proof && origin === 'run' ? (run.result?.pageOffset ?? 0) : 0;

  const input = useMemo(() => (raw === undefined ? undefined : offsetPages(raw, offset)), [raw, offset]);
  // Page 1 of a large response first, the whole after the first paint.
  const { doc, complete } = useFirstPageFirst(input, partial, source?.pages);
  const pages = useMemo(() => displayPages(doc, source?.pages ?? []), [doc, source]);
  // Hit testing reads boxes only: kept across a proofreading edit (same boxes, new text).
  const boxes = useBoxes(doc);
  const hits = useMemo(() => (boxes ? new HitIndex(boxes) : null), [boxes]);
  // Build the word index of the first page while the browser is idle, so the first hover is as fast as the rest.
  useEffect(() => {
    if (!hits || !boxes || boxes.pages.length === 0) return;
    const first = boxes.pages[0].index;
    const id = requestIdleCallback(() => hits.index(first, 'word'), { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }, [hits, boxes]);

  const value = useMemo(
    () => ({ source, origin, raw, doc, complete, pages, hits, run }),
    [source, origin, raw, doc, complete, pages, hits, run],
  );
  // The canvas and every control get a new document in the render that builds it; the panels
  // that only display it (text, tables, JSON, stats) in a following, interruptible one, so the
  // page and its overlay are drawn without waiting for those panels' DOM (~10 ms for 2,000 words).
  const panels = useDeferredValue(value);
  return (
    <Ctx.Provider value={value}>
      <PanelCtx.Provider value={panels}>{children}</PanelCtx.Provider>
    </Ctx.Provider>
  );
}

/** The document data as of this render: for the canvas, and for anything that acts on it. */
export function useDocumentData(): DocumentData {
  const v = useContext(Ctx);
  if (!v) throw new Error('useDocumentData outside DocumentDataProvider');
  return v;
}

/**
 * The same data for panels that only display it: it follows the canvas by one interruptible
 * render. Never for actions (a run, an export): they need the document the user sees.
 */
export function usePanelData(): DocumentData {
  const v = useContext(PanelCtx);
  if (!v) throw new Error('usePanelData outside DocumentDataProvider');
  return v;
}
