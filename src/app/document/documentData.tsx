import { createContext, useContext, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { buildDocument } from '../../model/index.ts';
import type { DocumentModel } from '../../model/index.ts';
import { useDocStore } from './docStore.ts';
import { useUi } from '../ui/uiStore.ts';
import type { ResponseSource } from '../ui/uiStore.ts';
import { displayPages } from '../../model/document/displayPages.ts';
import { firstPageOnly } from '../../model/response/firstPageFirst.ts';
import { afterPaint } from '../lib/afterPaint.ts';
import type { DisplayPage } from '../../model/document/displayPages.ts';
import { HitIndex } from './hitIndex.ts';
import { useOcrRun } from '../run/useOcrRun.ts';
import type { OcrRun } from '../run/useOcrRun.ts';
import { offsetPages } from '../../model/response/offsetPages.ts';
import type { DocSource } from '../loaders/source.ts';

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
  const raw = origin === 'run' ? run.result?.response : origin === 'saved' ? saved?.json : undefined;
  // A large opened response comes as its page 1 first, then whole (see loadJson).
  const partial = origin === 'saved' && !!saved?.partial;
  const offset = origin === 'run' ? (run.result?.pageOffset ?? 0) : 0;

  const input = useMemo(() => (raw === undefined ? undefined : offsetPages(raw, offset)), [raw, offset]);
  const pageSizes = source?.pages;
  // The full model of a large response, built after its first page has been drawn.
  const [full, setFull] = useState<{ input: unknown; pageSizes: unknown; doc: DocumentModel } | null>(null);
  const fullDoc = full && full.input === input && full.pageSizes === pageSizes ? full.doc : null;
  // Only when page 0 is the page shown (a run arriving while another page is shown is built at once).
  const firstOnly = useMemo(() => {
    if (input === undefined) return null;
    if (partial) return input;
    return useUi.getState().page !== 0 ? null : firstPageOnly(input);
  }, [input, partial]);
  // Page 1's model, kept while its page-1 object is the same: a partial response and its whole
  // share that object, so the whole does not build (and draw) page 1 a second time.
  const pageOne = useRef<{ page: unknown; pageSizes: unknown; doc: DocumentModel } | null>(null);
  const doc = useMemo(() => {
    if (input === undefined) return null;
    if (fullDoc) return fullDoc;
    if (!firstOnly) return buildDocument(input, { pageSizes });
    const page = (firstOnly as { images: unknown[] }).images[0];
    const kept = pageOne.current;
    if (kept && kept.page === page && kept.pageSizes === pageSizes) return kept.doc;
    const built = buildDocument(firstOnly, { pageSizes });
    pageOne.current = { page, pageSizes, doc: built };
    return built;
  }, [input, firstOnly, fullDoc, pageSizes]);
  const complete = !partial && (!firstOnly || (fullDoc !== null && doc === fullDoc));
  useEffect(() => {
    if (complete || partial || input === undefined) return;
    // After the frame that draws the first page, not before it.
    return afterPaint(() => setFull({ input, pageSizes, doc: buildDocument(input, { pageSizes }) }));
  }, [complete, partial, input, pageSizes]);
  const pages = useMemo(() => displayPages(doc, source?.pages ?? []), [doc, source]);
  const hits = useMemo(() => (doc ? new HitIndex(doc) : null), [doc]);
  // Build the word index of the first page while the browser is idle, so the first hover is as fast as the rest.
  useEffect(() => {
    if (!hits || !doc || doc.pages.length === 0) return;
    const first = doc.pages[0].index;
    const id = requestIdleCallback(() => hits.index(first, 'word'), { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }, [hits, doc]);

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
