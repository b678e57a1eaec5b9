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

/** Re-render only when the raster is clearly too coarse or wastefully fine (avoids re-rendering on every wheel tick). */
export function needsRerender(current: number | null, wanted: number): boolean {
  if (current === null) return true;
  return wanted > current * 1.2 || wanted < current / 2.5;
}
