import { cachePlan, contains, intersect, rasterise } from './overlayCache.ts';
import type { OverlayRaster } from './overlayCache.ts';
import type { Bounds } from '../../model/index.ts';

/** The overlay's layers, in drawing order (words on top). */
export const OVERLAY_KINDS = ['paragraphs', 'tables', 'lines', 'words'] as const;
export type OverlayKind = (typeof OVERLAY_KINDS)[number];

/** Draws one layer in world coordinates; `zoom` gives the stroke widths (screen px / zoom). */
export type LayerPaint = (c: CanvasRenderingContext2D, zoom: number) => void;

/** Share of the view a stretched stale bitmap must cover to be shown while the view moves. */
const MIN_COVERAGE = 0.75;

const area = (b: Bounds) => (b.maxX - b.minX) * (b.maxY - b.minY);

function coverage(cached: Bounds, visible: Bounds): number {
  const i = intersect(cached, visible);
  return i ? area(i) / Math.max(1e-9, area(visible)) : 0;
}

interface Plan {
  rect: Bounds;
  pxPerWorld: number;
  /** The zoom strokes were sized for. */
  zoom: number;
}

/**
 * The overlay as one bitmap per layer plus their composite, all over the same world region and
 * resolution. Pan and zoom blit the composite; a style change re-rasterises only the layers
 * whose painter changed and re-composites (a toggle: no vector work at all). A new region or
 * zoom (view settled, or panned off the region) starts over. Kinds are names: the text layers
 * (CachedShape) cache their single painter the same way.
 */
/** After the last pan/zoom frame, how long before a stretched bitmap is rasterised again, sharp. */
const SETTLE_MS = 120;

export class OverlayLayers {
  private plan: Plan | null = null;
  private settle: ReturnType<typeof setTimeout> | null = null;
  private readonly layers = new Map<string, { paint: LayerPaint; raster: OverlayRaster }>();
  /** The bitmap blitted, and the painters it was drawn with (in `shown` order). */
  private composite: { key: string; paints: LayerPaint[]; raster: OverlayRaster } | null = null;
  /** Set when the view has settled: the next draw re-rasterises at the zoom of the moment. */
  sharpen = false;

  /**
   * draw() blitted into `ctx` (world space). A stale bitmap (another zoom, a gesture, or off the
   * cached region) is shown stretched now and redrawn sharp once the view has settled.
   */
  blit(
    ctx: CanvasRenderingContext2D,
    layer: { batchDraw(): unknown },
    visible: Bounds,
    bounds: Bounds,
    zoom: number,
    dpr: number,
    shown: { kind: string; paint: LayerPaint }[],
  ): void {
    const { raster, stale } = this.draw(visible, bounds, zoom, dpr, shown);
    if (stale) {
      if (this.settle) clearTimeout(this.settle);
      this.settle = setTimeout(() => {
        this.settle = null;
        this.sharpen = true;
        layer.batchDraw();
      }, SETTLE_MS);
    }
    if (raster) {
      const r = raster.rect;
      ctx.drawImage(raster.canvas, r.minX, r.minY, r.maxX - r.minX, r.maxY - r.minY);
    }
  }

  /** Stops a pending settle redraw (the shape is gone). */
  dispose(): void {
    if (this.settle) clearTimeout(this.settle);
    this.settle = null;
  }

  /**
   * The bitmap to blit for `visible` (world) at `zoom`, and whether it is stale (drawn for
   * another zoom or region) so the caller should ask for a sharp one once the view settles.
   */
  draw(
    visible: Bounds,
    bounds: Bounds,
    zoom: number,
    dpr: number,
    shown: { kind: string; paint: LayerPaint }[],
  ): { raster: OverlayRaster | null; stale: boolean } {
    // Only the part of the view where the overlay can draw anything has to be covered.
    const seen = intersect(visible, bounds);
    if (!seen) return { raster: null, stale: false };
    visible = seen;
    const p = this.plan;
    const sameZoom = !!p && Math.abs(p.pxPerWorld / (zoom * dpr) - 1) < 1e-3;
    const covered = !!p && contains(p.rect, visible);
    // Zooming out past the cached region would leave blank edges until the view settles: below
    // this share of the view covered, it is rasterised again at once (one slower frame).
    const tooLittle = !!p && !covered && coverage(p.rect, visible) < MIN_COVERAGE;
    if (!p || (sameZoom && !covered) || (!sameZoom && this.sharpen) || tooLittle) {
      const next = cachePlan(visible, bounds, zoom * dpr);
      if (!next) return { raster: null, stale: false };
      this.plan = { ...next, zoom };
      this.layers.clear();
      this.composite = null;
      this.sharpen = false;
    }
    const plan = this.plan!;
    const key = shown.map((s) => s.kind).join();
    const stale = !(Math.abs(plan.pxPerWorld / (zoom * dpr) - 1) < 1e-3 && contains(plan.rect, visible));
    this.sharpen = false;
    const c = this.composite;
    if (c && c.key === key && shown.every((s, i) => c.paints[i] === s.paint))
      return { raster: c.raster, stale };
    if (!c) {
      // A new region or zoom (a page's first draw, a settled zoom): every shown layer straight
      // into one bitmap. The per-layer bitmaps a restyle re-composites from wait for the first
      // restyle: two fewer page-sized canvases to fill and copy on the way to the first draw.
      const raster = rasterise(plan.rect, plan.pxPerWorld, (ctx) => {
        for (const { paint } of shown) paint(ctx, plan.zoom);
      });
      this.composite = { key, paints: shown.map((s) => s.paint), raster };
      return { raster, stale };
    }
    let changed = false;
    for (const { kind, paint } of shown) {
      const have = this.layers.get(kind);
      if (have?.paint === paint) continue;
      const raster = rasterise(plan.rect, plan.pxPerWorld, (c) => paint(c, plan.zoom), have?.raster.canvas);
      this.layers.set(kind, { paint, raster });
      changed = true;
    }
    if (changed || this.composite?.key !== key) {
      const reuse = this.composite?.raster.canvas;
      const raster = rasterise(
        plan.rect,
        plan.pxPerWorld,
        (c) => {
          c.setTransform(1, 0, 0, 1, 0, 0);
          for (const { kind } of shown) c.drawImage(this.layers.get(kind)!.raster.canvas, 0, 0);
        },
        reuse,
      );
      this.composite = { key, paints: shown.map((s) => s.paint), raster };
    }
    return { raster: this.composite!.raster, stale };
  }
}
