import { boundsOf } from './geometry.ts';
import { rasterToWorld, worldBoundsToNatural } from './coords.ts';
import type { AxisScale, Size } from './coords.ts';
import type { Point } from '../types.ts';

export interface CropRegion {
  /** Source rectangle in the raster's natural pixels. */
  sx: number;
  sy: number;
  sw: number;
  sh: number;
  /** Output size in screen (CSS) px, fitted into the box given. */
  width: number;
  height: number;
  /** World units per natural pixel, to map the polygon into the crop (worldToNatural). */
  worldPerNatural: AxisScale;
}

/** The piece of the page raster around a polygon (world, with some context), for the inspector's preview. */
export function cropRegion(poly: Point[], page: Size, raster: Size, box: Size): CropRegion | null {
  if (poly.length === 0 || page.width <= 0 || page.height <= 0) return null;
  const b = boundsOf(poly);
  const pad = Math.max(4, 0.25 * Math.min(b.maxX - b.minX, b.maxY - b.minY));
  const worldPerNatural = rasterToWorld(page, raster);
  const n = worldBoundsToNatural(
    { minX: b.minX - pad, minY: b.minY - pad, maxX: b.maxX + pad, maxY: b.maxY + pad },
    worldPerNatural,
  );
  const x0 = Math.max(0, n.minX);
  const y0 = Math.max(0, n.minY);
  const x1 = Math.min(raster.width, n.maxX);
  const y1 = Math.min(raster.height, n.maxY);
  if (x1 - x0 < 1 || y1 - y0 < 1) return null;
  const fit = Math.min(box.width / (x1 - x0), box.height / (y1 - y0), 4);
  return {
    sx: x0,
    sy: y0,
    sw: x1 - x0,
    sh: y1 - y0,
    width: Math.max(1, Math.round((x1 - x0) * fit)),
    height: Math.max(1, Math.round((y1 - y0) * fit)),
    worldPerNatural,
  };
}
