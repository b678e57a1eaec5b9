/**
 * The overlay rasterised once into an offscreen canvas, then blitted. Vector-drawing thousands of
 * polygons costs tens of ms in software canvas; one drawImage costs well under one. During pan and
 * zoom the bitmap is moved and stretched with the view; when the view settles it is rasterised
 * again at the new zoom so strokes stay crisp (the caller schedules that).
 */
import type { Bounds } from '../../model/index.ts';

const width = (b: Bounds) => b.maxX - b.minX;
const height = (b: Bounds) => b.maxY - b.minY;

/** How much of the world around the viewport is rasterised too, as a fraction of its size on each side. */
const MARGIN = 0.5;
/**
 * Largest cached bitmap in device pixels (32 MB of RGBA; the overlay keeps up to five: one per
 * layer and their composite): past it the margin shrinks, then the resolution.
 */
export const PIXEL_CAP = 8_000_000;
/** Largest canvas side Chromium accepts without trouble. */
const SIDE_CAP = 16_384;

export function intersect(a: Bounds, b: Bounds): Bounds | null {
  const minX = Math.max(a.minX, b.minX);
  const minY = Math.max(a.minY, b.minY);
  const maxX = Math.min(a.maxX, b.maxX);
  const maxY = Math.min(a.maxY, b.maxY);
  return maxX > minX && maxY > minY ? { minX, minY, maxX, maxY } : null;
}

export function contains(outer: Bounds, inner: Bounds): boolean {
  const e = 1e-6 * Math.max(width(outer), height(outer));
  return (
    inner.minX >= outer.minX - e &&
    inner.minY >= outer.minY - e &&
    inner.maxX <= outer.maxX + e &&
    inner.maxY <= outer.maxY + e
  );
}

/**
 * The world region to rasterise: the visible part of the page plus a margin, clipped to the page
 * (`bounds`, which already includes stroke overhang), and the device-pixel scale to do it at.
 */
export function cachePlan(
  visible: Bounds,
  bounds: Bounds,
  pxPerWorld: number,
): { rect: Bounds; pxPerWorld: number } | null {
  for (const margin of [MARGIN, MARGIN / 2, 0]) {
    const mx = width(visible) * margin;
    const my = height(visible) * margin;
    const grown = {
      minX: visible.minX - mx,
      minY: visible.minY - my,
      maxX: visible.maxX + mx,
      maxY: visible.maxY + my,
    };
    const rect = intersect(grown, bounds);
    if (!rect) return null;
    const w = width(rect) * pxPerWorld;
    const h = height(rect) * pxPerWorld;
    if (w * h <= PIXEL_CAP && w <= SIDE_CAP && h <= SIDE_CAP) return { rect, pxPerWorld };
    if (margin === 0) {
      // A huge window at a huge zoom: rasterise coarser rather than not at all.
      const k = Math.min(Math.sqrt(PIXEL_CAP / (w * h)), SIDE_CAP / w, SIDE_CAP / h);
      return { rect, pxPerWorld: pxPerWorld * k };
    }
  }
  return null;
}

export interface OverlayRaster {
  canvas: HTMLCanvasElement;
  /** World region the canvas holds. */
  rect: Bounds;
  /** Device pixels per world unit it was drawn at. */
  pxPerWorld: number;
}

/**
 * Draws `paint` (which draws in world coordinates with strokes of `1 / zoom` world units) into a
 * canvas for `rect` at `pxPerWorld`. Reuses `reuse`'s canvas when given, to spare allocations.
 */
export function rasterise(
  rect: Bounds,
  pxPerWorld: number,
  paint: (c: CanvasRenderingContext2D) => void,
  reuse?: HTMLCanvasElement,
): OverlayRaster {
  const canvas = reuse ?? document.createElement('canvas');
  const w = Math.max(1, Math.ceil(width(rect) * pxPerWorld));
  const h = Math.max(1, Math.ceil(height(rect) * pxPerWorld));
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  const c = canvas.getContext('2d')!;
  c.setTransform(1, 0, 0, 1, 0, 0);
  c.clearRect(0, 0, w, h);
  c.setTransform(pxPerWorld, 0, 0, pxPerWorld, -rect.minX * pxPerWorld, -rect.minY * pxPerWorld);
  paint(c);
  return { canvas, rect, pxPerWorld };
}
