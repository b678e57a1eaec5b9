import { visibleWorld, worldBoundsToNatural } from '../../model/geometry/coords.ts';
import type { AxisScale, Bounds, Size, View } from '../../model/index.ts';

/** Most pixels a page raster may have (memory and render time stay bounded at high zoom). */
export const RASTER_PIXEL_CAP = 16_000_000;

/**
 * The render scale (× natural size) that makes a scalable page sharp on screen: one raster pixel
 * per device pixel at the current zoom, under the pixel cap. `worldPerNatural` is how many world
 * units one natural pixel covers (rasterToWorld's sx).
 */
export function wantedRasterScale(
  natural: { width: number; height: number },
  viewScale: number,
  worldPerNatural: number,
  dpr: number,
  cap = RASTER_PIXEL_CAP,
): number {
  const want = Math.max(0.05, viewScale * worldPerNatural * dpr);
  const maxByCap = Math.sqrt(cap / Math.max(1, natural.width * natural.height));
  return Math.min(want, maxByCap);
}

/**
 * The part of the page (in natural pixels) that is on screen, grown by `margin` × its size on
 * each side so a little panning stays sharp; null when none of the page is visible.
 */
export function visibleRegion(
  view: View,
  viewport: Size,
  natural: Size,
  worldPerNatural: AxisScale,
  margin = 0.2,
): Bounds | null {
  const n = worldBoundsToNatural(visibleWorld(view, viewport), worldPerNatural);
  const mx = (n.maxX - n.minX) * margin;
  const my = (n.maxY - n.minY) * margin;
  const minX = Math.max(0, Math.floor(n.minX - mx));
  const minY = Math.max(0, Math.floor(n.minY - my));
  const maxX = Math.min(natural.width, Math.ceil(n.maxX + mx));
  const maxY = Math.min(natural.height, Math.ceil(n.maxY + my));
  if (maxX <= minX || maxY <= minY) return null;
  return { minX, minY, maxX, maxY };
}
