import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Shape } from './konva.ts';
import type Konva from 'konva';
import { isDoubtful } from '../../model/review/triage.ts';
import { unionBounds } from '../../model/geometry/geometry.ts';
import { visibleWorld } from '../../model/geometry/coords.ts';
import type { Bounds, DocumentModel, Point, Thresholds } from '../../model/index.ts';
import type { ViewLayers } from '../../model/index.ts';
import { colourBatches, tracePoly, withAlpha } from './paths.ts';
import { LAYER_COLOURS, STROKE } from './overlayStyle.ts';
import { intersect } from './overlayCache.ts';
import { useBoxes } from './useBoxes.ts';
import { OVERLAY_KINDS, OverlayLayers } from './overlayLayers.ts';
import type { LayerPaint, OverlayKind } from './overlayLayers.ts';

interface Props {
  doc: DocumentModel;
  pageIndex: number;
  layers: ViewLayers;
  thresholds: Thresholds;
  /** Review filter: draw only words with confidence below this; null or absent = every word. */
  below?: number | null;
}

/** Widest stroke (plus its round join) in screen px: how far outlines reach past their boxes. */
const STROKE_REACH_PX = 4;

/**
 * All polygons of a batch as one Path2D, built once per page and thresholds rather than every
 * frame (measured in Chromium: ~30% faster to draw than re-tracing 20,000 quads).
 */
function pathOf(polys: Point[][]): Path2D | null {
  if (polys.length === 0) return null;
  const p = new Path2D();
  for (const poly of polys) tracePoly(p, poly);
  return p;
}

/** A value computed on first use and kept: paths of layers that are off are never built. */
function lazy<T>(make: () => T): () => T {
  let done = false;
  let value!: T;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value;
  };
}

function drawPath(
  c: CanvasRenderingContext2D,
  path: Path2D | null,
  colour: string,
  width: number,
  fill?: string,
) {
  if (!path) return;
  if (fill) {
    c.fillStyle = fill;
    c.fill(path);
  }
  c.strokeStyle = colour;
  c.lineWidth = width;
  c.stroke(path);
}

/**
 * Every box of one page in ONE Konva shape: a handful of paths (one per colour band and layer)
 * instead of a node per box, rasterised into a cached bitmap (overlayCache.ts) that pan and zoom
 * only move. Not listening: hit testing goes through the spatial index.
 */
export function OverlayShape({ doc: shown, pageIndex, layers, thresholds, below = null }: Props) {
  // Only boxes are drawn: a proofreading edit (a model patched with new text) redraws nothing.
  const doc = useBoxes(shown);
  const page = useMemo(() => doc.pages.find((p) => p.index === pageIndex) ?? null, [doc, pageIndex]);
  // Geometry is built once per page; a threshold change only regroups words into colour bands.
  const words = useMemo(
    () =>
      page
        ? colourBatches(
            page.wordIds.map((id) => doc.words[id]).filter((w) => below === null || isDoubtful(w, below)),
            (w) => w.confidence,
            thresholds,
          ).map((b) => ({
            color: b.color,
            fill: withAlpha(b.color, 0.2),
            path: pathOf(b.items.map((w) => w.poly)),
          }))
        : [],
    [doc, page, thresholds, below],
  );
  // Lines and paragraphs are off by default: their paths wait until the layer is first shown.
  const paths = useMemo(
    () => ({
      lines: lazy(() => pathOf(page?.lineIds.map((id) => doc.lines[id].poly) ?? [])),
      paragraphs: lazy(() => pathOf(page?.paragraphIds.map((id) => doc.paragraphs[id].poly) ?? [])),
      tables: lazy(() => pathOf(page?.tableIds.map((id) => doc.tables[id].poly) ?? [])),
      cells: lazy(() =>
        pathOf(page?.tableIds.flatMap((t) => doc.tables[t].cellIds.map((id) => doc.cells[id].poly)) ?? []),
      ),
    }),
    [doc, page],
  );
  // Everything the overlay can cover: the page and any box drawn past its edges.
  const extent = useMemo(() => {
    if (!page) return null;
    const all: Bounds[] = [{ minX: 0, minY: 0, maxX: page.width, maxY: page.height }];
    const add = (ids: readonly number[], items: readonly { bounds: Bounds }[]) => {
      for (let i = 0; i < ids.length; i++) all.push(items[ids[i]].bounds);
    };
    add(page.wordIds, doc.words);
    add(page.paragraphIds, doc.paragraphs);
    add(page.tableIds, doc.tables);
    return unionBounds(all);
  }, [doc, page]);

  // One painter per layer, each memoised on its own data: a threshold change re-rasterises the
  // words only, and a layer toggle re-rasterises nothing (the layer's bitmap is kept).
  const painters = useMemo(() => {
    const px = (zoom: number) => 1 / (zoom || 1);
    return {
      paragraphs: (c: CanvasRenderingContext2D, zoom: number) =>
        drawPath(
          c,
          paths.paragraphs(),
          LAYER_COLOURS.paragraph,
          STROKE.paragraph * px(zoom),
          LAYER_COLOURS.paragraphFill,
        ),
      tables: (c: CanvasRenderingContext2D, zoom: number) => {
        drawPath(c, paths.cells(), LAYER_COLOURS.cell, STROKE.cell * px(zoom), LAYER_COLOURS.cellFill);
        drawPath(c, paths.tables(), LAYER_COLOURS.table, STROKE.table * px(zoom));
      },
      lines: (c: CanvasRenderingContext2D, zoom: number) =>
        drawPath(c, paths.lines(), LAYER_COLOURS.line, STROKE.line * px(zoom)),
    };
  }, [paths]);
  const paintWords = useCallback(
    (c: CanvasRenderingContext2D, zoom: number) => {
      for (const b of words) drawPath(c, b.path, b.color, STROKE.word / (zoom || 1), b.fill);
    },
    [words],
  );
  const layerPaint = useMemo(
    () => ({ ...painters, words: paintWords }) satisfies Record<OverlayKind, LayerPaint>,
    [painters, paintWords],
  );

  const cache = useRef(new OverlayLayers());
  useEffect(() => () => cache.current.dispose(), []);

  const sceneFunc = useCallback(
    (ctx: Konva.Context, shape: Konva.Shape) => {
      const stage = shape.getStage();
      const layer = shape.getLayer();
      if (!stage || !layer || !extent) return;
      const zoom = shape.getAbsoluteScale().x || 1;
      const dpr = layer.getCanvas().getPixelRatio();
      const reach = STROKE_REACH_PX / zoom;
      const bounds = {
        minX: extent.minX - reach,
        minY: extent.minY - reach,
        maxX: extent.maxX + reach,
        maxY: extent.maxY + reach,
      };
      const visible = intersect(visibleWorld({ ...stage.position(), scale: zoom }, stage.size()), bounds);
      if (!visible) return;
      const shown = OVERLAY_KINDS.filter((k) => layers[k]).map((k) => ({ kind: k, paint: layerPaint[k] }));
      cache.current.blit(ctx._context, layer, visible, bounds, zoom, dpr, shown);
    },
    [layerPaint, layers, extent],
  );

  // A new page's overlay is rasterised in the commit that mounts it, while the browser waits for
  // the next frame anyway; left to Konva's batchDraw it would be rasterised inside that frame and
  // delay it by the ~10 ms the bitmap takes. Later redraws (pan, restyle) stay batched.
  const shape = useRef<Konva.Shape>(null);
  useLayoutEffect(() => {
    shape.current?.getLayer()?.draw();
  }, [doc, page]);

  return <Shape ref={shape} sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />;
}
