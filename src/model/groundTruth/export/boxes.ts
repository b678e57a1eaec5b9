import { boundsOf } from '../../geometry/geometry.ts';
import type { Point } from '../../types.ts';

/** Whole-pixel geometry for export formats, which want integers and no negative coordinates. */

export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The rectangle around a polygon, grown to whole pixels and clamped to the page. */
export function pixelRect(poly: readonly Point[], pageWidth: number, pageHeight: number): PixelRect {
  const b = boundsOf(poly);
  const x0 = Math.min(Math.max(0, Math.floor(b.minX)), Math.max(0, Math.ceil(pageWidth) - 1));
  const y0 = Math.min(Math.max(0, Math.floor(b.minY)), Math.max(0, Math.ceil(pageHeight) - 1));
  const x1 = Math.max(x0 + 1, Math.min(Math.ceil(pageWidth), Math.ceil(b.maxX)));
  const y1 = Math.max(y0 + 1, Math.min(Math.ceil(pageHeight), Math.ceil(b.maxY)));
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Vertices rounded to whole pixels, none negative. */
export const pixelPoints = (poly: readonly Point[]): Point[] =>
  poly.map((p) => ({ x: Math.max(0, Math.round(p.x)), y: Math.max(0, Math.round(p.y)) }));

/** "x,y x,y ..." as ALTO's Polygon and PAGE's Coords write points. */
export const pointsString = (poly: readonly Point[]): string =>
  pixelPoints(poly)
    .map((p) => `${p.x},${p.y}`)
    .join(' ');

/** True when the quad is an upright rectangle (its bounds say all there is). */
export function isUpright(poly: readonly Point[]): boolean {
  if (poly.length !== 4) return false;
  const b = boundsOf(poly);
  return poly.every((p) => (p.x === b.minX || p.x === b.maxX) && (p.y === b.minY || p.y === b.maxY));
}
