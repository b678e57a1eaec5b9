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

/** A rectangle in a page's natural pixels. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The part of the page (in natural pixels) that is on screen, grown by `margin` × its size on
 * each side so a little panning stays sharp; null when none of the page is visible.
 */
export function visibleRegion(
  view: { scale: number; x: number; y: number },
  viewport: { width: number; height: number },
  natural: { width: number; height: number },
  worldPerNatural: { sx: number; sy: number },
  margin = 0.2,
): Region | null {
  // World rectangle on screen (screen = world × scale + offset), then world → natural pixels.
  const wx0 = -view.x / view.scale;
  const wy0 = -view.y / view.scale;
  const wx1 = (viewport.width - view.x) / view.scale;
  const wy1 = (viewport.height - view.y) / view.scale;
  const nx0 = wx0 / worldPerNatural.sx;
  const ny0 = wy0 / worldPerNatural.sy;
  const nx1 = wx1 / worldPerNatural.sx;
  const ny1 = wy1 / worldPerNatural.sy;
  const mx = (nx1 - nx0) * margin;
  const my = (ny1 - ny0) * margin;
  const x = Math.max(0, Math.floor(nx0 - mx));
  const y = Math.max(0, Math.floor(ny0 - my));
  const x1 = Math.min(natural.width, Math.ceil(nx1 + mx));
  const y1 = Math.min(natural.height, Math.ceil(ny1 + my));
  if (x1 <= x || y1 <= y) return null;
  return { x, y, width: x1 - x, height: y1 - y };
}
