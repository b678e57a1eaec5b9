import { useCallback, useEffect, useMemo, useRef } from 'react';
import { Shape } from './konva.ts';
import type Konva from 'konva';
import { isDoubtful, unionBounds } from '../../model/index.ts';
import type { Bounds, DocumentModel, Point, Thresholds } from '../../model/index.ts';
import type { Layers } from '../state/uiStore.ts';
import { colourBatches, tracePoly, withAlpha } from './paths.ts';
import { LAYER_COLOURS, STROKE } from './overlayStyle.ts';
import { cachePlan, contains, intersect, rasterise, visibleWorld } from './overlayCache.ts';
import type { OverlayRaster } from './overlayCache.ts';

interface Props {
  doc: DocumentModel;
  pageIndex: number;
  layers: Layers;
  thresholds: Thresholds;
  /** Review filter: draw only words with confidence below this; null or absent = every word. */
  below?: number | null;
}

/** After the last pan/zoom frame, how long before the overlay is rasterised again at the new zoom. */
const SETTLE_MS = 120;
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
export function OverlayShape({ doc, pageIndex, layers, thresholds, below = null }: Props) {
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
  const paths = useMemo(
    () => ({
      lines: pathOf(page?.lineIds.map((id) => doc.lines[id].poly) ?? []),
      paragraphs: pathOf(page?.paragraphIds.map((id) => doc.paragraphs[id].poly) ?? []),
      tables: pathOf(page?.tableIds.map((id) => doc.tables[id].poly) ?? []),
      cells: pathOf(
        page?.tableIds.flatMap((t) => doc.tables[t].cellIds.map((id) => doc.cells[id].poly)) ?? [],
      ),
    }),
    [doc, page],
  );
  // Everything the overlay can cover: the page and any box drawn past its edges.
  const extent = useMemo(() => {
    if (!page) return null;
    const all: Bounds[] = [{ minX: 0, minY: 0, maxX: page.width, maxY: page.height }];
    for (const id of page.wordIds) all.push(doc.words[id].bounds);
    for (const id of page.paragraphIds) all.push(doc.paragraphs[id].bounds);
    for (const id of page.tableIds) all.push(doc.tables[id].bounds);
    return unionBounds(all);
  }, [doc, page]);

  const paint = useCallback(
    (c: CanvasRenderingContext2D, zoom: number) => {
      // Stroke widths are in screen pixels whatever the zoom.
      const px = 1 / (zoom || 1);
      c.lineJoin = 'round';
      if (layers.paragraphs)
        drawPath(
          c,
          paths.paragraphs,
          LAYER_COLOURS.paragraph,
          STROKE.paragraph * px,
          LAYER_COLOURS.paragraphFill,
        );
      if (layers.tables) {
        drawPath(c, paths.cells, LAYER_COLOURS.cell, STROKE.cell * px, LAYER_COLOURS.cellFill);
        drawPath(c, paths.tables, LAYER_COLOURS.table, STROKE.table * px);
      }
      if (layers.lines) drawPath(c, paths.lines, LAYER_COLOURS.line, STROKE.line * px);
      if (layers.words) for (const b of words) drawPath(c, b.path, b.color, STROKE.word * px, b.fill);
    },
    [layers, paths, words],
  );

  // The raster of the current style; a new style (paint) starts from nothing.
  const cache = useRef<{ paint: typeof paint; raster: OverlayRaster | null; sharpen: boolean }>({
    paint,
    raster: null,
    sharpen: false,
  });
  const settle = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (settle.current) clearTimeout(settle.current);
    },
    [],
  );

  const sceneFunc = useCallback(
    (ctx: Konva.Context, shape: Konva.Shape) => {
      const stage = shape.getStage();
      const layer = shape.getLayer();
      if (!stage || !layer || !extent) return;
      const c = ctx._context;
      const zoom = shape.getAbsoluteScale().x || 1;
      const dpr = layer.getCanvas().getPixelRatio();
      const reach = STROKE_REACH_PX / zoom;
      const bounds = {
        x: extent.minX - reach,
        y: extent.minY - reach,
        width: extent.maxX - extent.minX + 2 * reach,
        height: extent.maxY - extent.minY + 2 * reach,
      };
      const visible = intersect(visibleWorld({ ...stage.position(), scale: zoom }, stage.size()), bounds);
      if (!visible) return;
      const state = cache.current;
      if (state.paint !== paint) {
        state.paint = paint;
        state.raster = null;
      }
      const r = state.raster;
      const sameZoom = !!r && Math.abs(r.pxPerWorld / (zoom * dpr) - 1) < 1e-3;
      // Same zoom and on screen: as drawn. Another zoom (a gesture): stretched now, sharp once settled.
      if (!r || (sameZoom && !contains(r.rect, visible)) || (!sameZoom && state.sharpen)) {
        const plan = cachePlan(visible, bounds, zoom * dpr);
        if (!plan) return;
        state.raster = rasterise(plan.rect, plan.pxPerWorld, (cc) => paint(cc, zoom), r?.canvas);
        state.sharpen = false;
      } else if (!sameZoom || !contains(r.rect, visible)) {
        if (settle.current) clearTimeout(settle.current);
        settle.current = setTimeout(() => {
          settle.current = null;
          state.sharpen = true;
          layer.batchDraw();
        }, SETTLE_MS);
      }
      const { canvas, rect } = state.raster!;
      c.drawImage(canvas, rect.x, rect.y, rect.width, rect.height);
    },
    [paint, extent],
  );

  return <Shape sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />;
}
