import { useEffect, useMemo, useRef, useState } from 'react';
import { buildDocument } from '../../model/document/document.ts';
import { patchDocument } from '../../model/document/patch.ts';
import type { DocumentModel } from '../../model/index.ts';
import type { PageSize } from '../loaders/source.ts';
import { firstPageOnly } from '../../model/response/firstPage.ts';
import { afterPaint } from '../lib/afterPaint.ts';
import { useUi } from '../ui/uiStore.ts';

/**
 * The model of the shown response, page 1 first: a large multi-page response is built and drawn
 * as its page 1, and the full model is built after that paint. An opened response that is still
 * `partial` (its text cut to page 1, see model/response/firstPage.ts) is page 1 as it stands; its
 * whole replaces it in the store (document/openDocument.ts). `complete` is false until the model
 * holds every page: code acting once per document (applying a shared view) waits for it.
 */
export function useFirstPageFirst(
  input: unknown,
  partial: boolean,
  pageSizes: PageSize[] | undefined,
): { doc: DocumentModel | null; complete: boolean } {
  // The full model of a large response, built after its first page has been drawn.
  const [full, setFull] = useState<{ input: unknown; pageSizes: unknown; doc: DocumentModel } | null>(null);
  // The last whole model shown: a response that differs from it only in words' text (a
  // proofreading edit) is patched from it (model/document/patch.ts), not built again.
  const last = useRef<{ input: unknown; pageSizes: unknown; doc: DocumentModel } | null>(null);
  const patched = useMemo(() => {
    const l = last.current;
    if (partial || input === undefined || !l || l.pageSizes !== pageSizes) return null;
    return patchDocument(l.input, l.doc, input);
  }, [input, partial, pageSizes]);
  const fullDoc = full && full.input === input && full.pageSizes === pageSizes ? full.doc : patched;
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
    if (complete && doc) last.current = { input, pageSizes, doc };
  }, [complete, doc, input, pageSizes]);
  useEffect(() => {
    if (complete || partial || input === undefined) return;
    // After the frame that draws the first page, not before it.
    return afterPaint(() => setFull({ input, pageSizes, doc: buildDocument(input, { pageSizes }) }));
  }, [complete, partial, input, pageSizes]);
  return { doc, complete };
}
