import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import type { ReactNode } from 'react';
import { Layer } from './konva.ts';
import { fitView, rescaleView } from '../../model/geometry/coords.ts';
import type { DocumentModel } from '../../model/index.ts';
import { useUi } from '../ui/uiStore.ts';
import { useDocumentData } from '../document/documentData.tsx';
import { registerStage, stageSize } from '../lib/stageElement.ts';
import { revealView } from './revealTarget.ts';
import { targetInfo } from '../../model/document/targetInfo.ts';
import { PageStage } from './PageStage.tsx';
import { OverlayShape } from './OverlayShape.tsx';
import { HighlightLayer } from './HighlightLayer.tsx';
import { Tooltip } from './Tooltip.tsx';
import { canvasLabel } from './canvasLabel.ts';
import { useElementSize } from '../lib/useElementSize.ts';
import { useSpaceHeld } from './useSpaceHeld.ts';
import { useStageControls } from './useStageControls.ts';
import './canvas.css';

interface Props {
  /** Show and hit only the words with confidence below this (the review's doubtful filter); null = all. */
  filterBelow: number | null;
  /** Feature layers (e.g. the review's marks), drawn between the overlay and the highlight. */
  children?: (doc: DocumentModel, pageIndex: number) => ReactNode;
}

/**
 * The page canvas: paper + raster, the overlay, the feature layers it is given, and the highlight
 * layer, all in world (response) space under one view transform. Big layers never listen; pointer
 * input is handled by useStageControls against the spatial index. The canvas imports no feature:
 * App passes them in.
 */
export function Stage({ filterBelow, children }: Props) {
  const { source, doc, pages, hits } = useDocumentData();
  const pageIndex = useUi((s) => s.page);
  const storedView = useUi((s) => s.view);
  const fitMode = useUi((s) => s.fitMode);
  const layers = useUi((s) => s.layers);
  const thresholds = useUi((s) => s.thresholds);
  const opacity = useUi((s) => s.opacity);
  const selection = useUi((s) => s.selection);
  const container = useRef<HTMLDivElement>(null);
  const size = useElementSize(container);
  const page = pages[pageIndex] ?? null;

  const setGrab = useCallback((held: boolean) => {
    if (container.current) container.current.dataset.grab = held ? 'true' : '';
  }, []);
  const spaceHeld = useSpaceHeld(setGrab);
  useStageControls(container, hits, pageIndex, spaceHeld, filterBelow);

  useEffect(() => {
    registerStage(container.current);
    return () => registerStage(null);
  }, []);

  const pw = page?.width ?? 0;
  const ph = page?.height ?? 0;

  // When a response arrives for the page shown, world space can change size (PDF points →
  // CLOVA's pixels): rescale the view so the page stays exactly where the user had it.
  const lastSize = useRef<{ page: number; w: number; h: number } | null>(null);
  useEffect(() => {
    const prev = lastSize.current;
    lastSize.current = { page: pageIndex, w: pw, h: ph };
    if (!prev || prev.page !== pageIndex || prev.w === pw || pw === 0 || prev.w === 0) return;
    const ui = useUi.getState();
    if (ui.fitMode) return;
    ui.setView(rescaleView(ui.view, prev.w, pw), null);
  }, [pageIndex, pw, ph]);

  // While a fit mode is on, the fitted view is used from the very render that knows the size: Konva
  // draws its layers as soon as they are mounted, so waiting for the store would first draw the page
  // at a stale zoom. The store catches up before paint (below).
  const fitted = useMemo(() => {
    if (!fitMode || size.width === 0 || pw === 0) return null;
    return fitView(fitMode, { width: pw, height: ph }, { width: size.width, height: size.height });
  }, [fitMode, pw, ph, size.width, size.height]);
  const view = fitted ?? storedView;

  // Keep the page fitted while a fit mode is on (new page, resized window, new response size).
  useLayoutEffect(() => {
    if (fitted && fitMode) useUi.getState().setView(fitted, fitMode);
  }, [fitted, fitMode, pageIndex]);

  // A selection made in a panel (text, grid, inspector links) is brought into view on the canvas,
  // once: a model rebuilt under it (every proofreading change rebuilds it) must not pull the view
  // back to the selected word's page after the user paged away from it.
  const revealed = useRef<typeof selection>(null);
  useEffect(() => {
    if (!doc || !selection || selection === revealed.current) return;
    const info = targetInfo(doc, selection);
    if (!info) return;
    revealed.current = selection;
    const ui = useUi.getState();
    if (info.pageIndex !== ui.page) {
      ui.setPage(info.pageIndex);
      return;
    }
    const next = revealView(ui.view, info.poly, stageSize());
    if (next !== ui.view) ui.setView(next);
  }, [doc, selection]);

  // Counted once per page and threshold, not on every pan/zoom frame (the Stage renders per view change).
  const doubtBelow = filterBelow ?? thresholds.low;
  const label = useMemo(
    () => canvasLabel(doc, pageIndex, pages.length, doubtBelow),
    [doc, pageIndex, pages.length, doubtBelow],
  );

  return (
    // Mounted before anything is open (the empty state covers it), so a document's first draw
    // finds the stage and its layers' canvases ready; test id and label only once a page shows.
    <div
      ref={container}
      className="stage"
      data-testid={page ? 'overlay' : undefined}
      role={page ? 'img' : undefined}
      aria-label={page ? label : undefined}
      aria-hidden={page ? undefined : true}
      data-page={pageIndex}
      data-scale={view.scale.toFixed(4)}
    >
      {size.width > 0 && (
        <PageStage source={source} page={page} view={view} viewport={size}>
          <Layer listening={false} opacity={opacity}>
            {doc && page && (
              <OverlayShape
                doc={doc}
                pageIndex={pageIndex}
                layers={layers}
                thresholds={thresholds}
                below={filterBelow}
              />
            )}
          </Layer>
          {doc && children?.(doc, pageIndex)}
          <HighlightLayer doc={doc} pageIndex={pageIndex} selection={selection} />
        </PageStage>
      )}
      <Tooltip doc={doc} />
    </div>
  );
}
