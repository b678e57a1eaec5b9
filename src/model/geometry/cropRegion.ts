import { boundsOf } from '../index.ts';
import type { Point } from '../index.ts';

export interface CropRegion {
  /** Source rectangle in raster pixels. */
  sx: number;
  sy: number;
  sw: number;
  sh: number;
  /** Output size in CSS px, fitted into the box given. */
  width: number;
  height: number;
  /** Raster pixels per world unit, to map the polygon into the crop. */
  kx: number;
  ky: number;
}

/**
 * The piece of the page raster around a polygon (with some context), for the inspector's preview.
 * World → raster is the inverse of rasterToWorld: raster px = world × (raster size / page size).
 */
export function cropRegion(
  poly: Point[],
  page: { width: number; height: number },
  raster: { width: number; height: number },
  box: { width: number; height: number },
): CropRegion | null {
  if (poly.length === 0 || page.width <= 0 || page.height <= 0) return null;
  const b = boundsOf(poly);
  const pad = Math.max(4, 0.25 * Math.min(b.maxX - b.minX, b.maxY - b.minY));
  const kx = raster.width / page.width;
  const ky = raster.height / page.height;
  const x0 = Math.max(0, (b.minX - pad) * kx);
  const y0 = Math.max(0, (b.minY - pad) * ky);
  const x1 = Math.min(raster.width, (b.maxX + pad) * kx);
  const y1 = Math.min(raster.height, (b.maxY + pad) * ky);
  if (x1 - x0 < 1 || y1 - y0 < 1) return null;
  const fit = Math.min(box.width / (x1 - x0), box.height / (y1 - y0), 4);
  return {
    sx: x0,
    sy: y0,
    sw: x1 - x0,
    sh: y1 - y0,
    width: Math.max(1, Math.round((x1 - x0) * fit)),
    height: Math.max(1, Math.round((y1 - y0) * fit)),
    kx,
    ky,
  };
}
