import { confidenceColor } from '../../model/confidence.ts';
import type { Point, Thresholds } from '../../model/index.ts';

/** The path-building subset of a 2D context (Konva's Context and CanvasRenderingContext2D both have it). */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
}

/**
 * Adds one polygon, exactly as given (no axis-aligned simplification), to the current path.
 * The outline starts and ends in the middle of its first edge instead of using closePath():
 * Chromium's closePath is slow on paths with thousands of subpaths, and a mid-edge start keeps
 * every corner properly joined. Non-finite vertices are skipped; fewer than 2 draw nothing.
 */
export function tracePoly(ctx: PathSink, poly: readonly Point[]): void {
  // Model polygons are finite already: check without allocating, filter only when needed
  // (this runs for every word when a page's paths are built).
  const pts = allFinite(poly) ? poly : poly.filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  if (pts.length < 2) return;
  const mx = (pts[0].x + pts[1].x) / 2;
  const my = (pts[0].y + pts[1].y) / 2;
  ctx.moveTo(mx, my);
  for (let i = 1; i < pts.length; i++) ctx.lineTo(pts[i].x, pts[i].y);
  ctx.lineTo(pts[0].x, pts[0].y);
  ctx.lineTo(mx, my);
}

function allFinite(poly: readonly Point[]): boolean {
  for (let i = 0; i < poly.length; i++)
    if (!Number.isFinite(poly[i].x) || !Number.isFinite(poly[i].y)) return false;
  return true;
}

export interface ColourBatch<T> {
  color: string;
  items: T[];
}

/**
 * Groups items by confidence into colour batches, so thousands of boxes are drawn with a few
 * fill/stroke calls. Between the thresholds the scale is cut into `steps` bins, fine enough to
 * look continuous; below low and at/above high are one bin each.
 */
export function colourBatches<T>(
  items: readonly T[],
  confidenceOf: (item: T) => number,
  t: Thresholds,
  steps = 24,
): ColourBatch<T>[] {
  const bins = new Map<number, T[]>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const b = binOf(confidenceOf(item), t, steps);
    let list = bins.get(b);
    if (!list) bins.set(b, (list = []));
    list.push(item);
  }
  return [...bins.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([b, list]) => ({ color: confidenceColor(binConfidence(b, t, steps), t), items: list }));
}

/** -1 below low, `steps` at/above high, else 0..steps-1. */
export function binOf(c: number, t: Thresholds, steps: number): number {
  const v = Number.isNaN(c) ? 0 : c;
  if (v < t.low) return -1;
  if (v >= t.high) return steps;
  const span = t.high - t.low;
  return span > 0 ? Math.min(steps - 1, Math.floor(((v - t.low) / span) * steps)) : steps;
}

function binConfidence(b: number, t: Thresholds, steps: number): number {
  if (b < 0) return t.low - 1;
  if (b >= steps) return t.high;
  return t.low + ((b + 0.5) / steps) * (t.high - t.low);
}

/** `rgb(r, g, b)` → `rgba(r, g, b, a)`; other colour strings are returned unchanged. */
export function withAlpha(rgb: string, a: number): string {
  const m = /^rgb\((.*)\)$/.exec(rgb);
  return m ? `rgba(${m[1]}, ${a})` : rgb;
}
