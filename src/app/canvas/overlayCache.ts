/**
 * The overlay rasterised once into an offscreen canvas, then blitted. Vector-drawing thousands of
 * polygons costs tens of ms in software canvas; one drawImage costs well under one. During pan and
 * zoom the bitmap is moved and stretched with the view; when the view settles it is rasterised
 * again at the new zoom so strokes stay crisp (the caller schedules that).
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How much of the world around the viewport is rasterised too, as a fraction of its size on each side. */
const MARGIN = 0.5;
/**
 * Largest cached bitmap in device pixels (32 MB of RGBA; the overlay keeps up to five: one per
 * layer and their composite): past it the margin shrinks, then the resolution.
 */
export const PIXEL_CAP = 8_000_000;
/** Largest canvas side Chromium accepts without trouble. */
const SIDE_CAP = 16_384;

/** World rect seen through a viewport of `size` px under a stage at `scale`, offset (x, y). */
export function visibleWorld(
  view: { x: number; y: number; scale: number },
  size: { width: number; height: number },
): Rect {
  return {
    x: -view.x / view.scale,
    y: -view.y / view.scale,
    width: size.width / view.scale,
    height: size.height / view.scale,
  };
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const r = Math.min(a.x + a.width, b.x + b.width);
  const btm = Math.min(a.y + a.height, b.y + b.height);
  return r > x && btm > y ? { x, y, width: r - x, height: btm - y } : null;
}

export function contains(outer: Rect, inner: Rect): boolean {
  const e = 1e-6 * Math.max(outer.width, outer.height);
  return (
    inner.x >= outer.x - e &&
    inner.y >= outer.y - e &&
    inner.x + inner.width <= outer.x + outer.width + e &&
    inner.y + inner.height <= outer.y + outer.height + e
  );
}

/**
 * The world region to rasterise: the visible part of the page plus a margin, clipped to the page
 * (`bounds`, which already includes stroke overhang), and the device-pixel scale to do it at.
 */
export function cachePlan(
  visible: Rect,
  bounds: Rect,
  pxPerWorld: number,
): { rect: Rect; pxPerWorld: number } | null {
  for (const margin of [MARGIN, MARGIN / 2, 0]) {
    const grown = {
      x: visible.x - visible.width * margin,
      y: visible.y - visible.height * margin,
      width: visible.width * (1 + 2 * margin),
      height: visible.height * (1 + 2 * margin),
    };
    const rect = intersect(grown, bounds);
    if (!rect) return null;
    const w = rect.width * pxPerWorld;
    const h = rect.height * pxPerWorld;
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
  rect: Rect;
  /** Device pixels per world unit it was drawn at. */
  pxPerWorld: number;
}

/**
 * Draws `paint` (which draws in world coordinates with strokes of `1 / zoom` world units) into a
 * canvas for `rect` at `pxPerWorld`. Reuses `reuse`'s canvas when given, to spare allocations.
 */
export function rasterise(
  rect: Rect,
  pxPerWorld: number,
  paint: (c: CanvasRenderingContext2D) => void,
  reuse?: HTMLCanvasElement,
): OverlayRaster {
  const canvas = reuse ?? document.createElement('canvas');
  const w = Math.max(1, Math.ceil(rect.width * pxPerWorld));
  const h = Math.max(1, Math.ceil(rect.height * pxPerWorld));
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  const c = canvas.getContext('2d')!;
  c.setTransform(1, 0, 0, 1, 0, 0);
  c.clearRect(0, 0, w, h);
  c.setTransform(pxPerWorld, 0, 0, pxPerWorld, -rect.x * pxPerWorld, -rect.y * pxPerWorld);
  paint(c);
  return { canvas, rect, pxPerWorld };
}
