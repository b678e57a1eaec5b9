import { ModelPoint } from './point.ts';
import type { Bounds, Point } from '../types.ts';

/** Bounds of an empty point set: all zeros, so callers never see Infinity. */
export const EMPTY_BOUNDS: Readonly<Bounds> = Object.freeze({ minX: 0, minY: 0, maxX: 0, maxY: 0 });

export function boundsOf(points: readonly Point[]): Bounds {
  if (points.length === 0) return { ...EMPTY_BOUNDS };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  // Indexed loops, not for-of, in the kernels run per word: a page's model is built once, in
  // code not yet optimised, where for-of's iterator protocol made them several times slower.
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (p.x < minX) minX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.x > maxX) maxX = p.x;
    if (p.y > maxY) maxY = p.y;
  }
  return { minX, minY, maxX, maxY };
}

/** Union of several bounds; the empty list gives zero bounds. */
export function unionBounds(list: readonly Bounds[]): Bounds {
  if (list.length === 0) return { ...EMPTY_BOUNDS };
  let { minX, minY, maxX, maxY } = list[0];
  for (let i = 1; i < list.length; i++) {
    const b = list[i];
    if (b.minX < minX) minX = b.minX;
    if (b.minY < minY) minY = b.minY;
    if (b.maxX > maxX) maxX = b.maxX;
    if (b.maxY > maxY) maxY = b.maxY;
  }
  return { minX, minY, maxX, maxY };
}

export function boundsContain(b: Bounds, p: Point): boolean {
  return p.x >= b.minX && p.x <= b.maxX && p.y >= b.minY && p.y <= b.maxY;
}

/**
 * Even-odd ray casting: works for any simple polygon, convex or not, in either winding.
 * Fewer than 3 vertices enclose nothing.
 */
export function pointInPolygon(p: Point, poly: readonly Point[]): boolean {
  const n = poly.length;
  if (n < 3) return false;
  let inside = false;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const a = poly[i];
    const b = poly[j];
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

/** Unsigned area (shoelace). */
export function polyArea(poly: readonly Point[]): number {
  const n = poly.length;
  if (n < 3) return 0;
  let twice = 0;
  for (let i = 0, j = n - 1; i < n; j = i++) twice += poly[j].x * poly[i].y - poly[i].x * poly[j].y;
  return Math.abs(twice) / 2;
}

/** Area centroid; the vertex mean for degenerate (zero-area) polygons; the origin for none. */
export function centroid(poly: readonly Point[]): Point {
  const n = poly.length;
  if (n === 0) return { x: 0, y: 0 };
  let twice = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const cross = poly[j].x * poly[i].y - poly[i].x * poly[j].y;
    twice += cross;
    cx += (poly[j].x + poly[i].x) * cross;
    cy += (poly[j].y + poly[i].y) * cross;
  }
  if (Math.abs(twice) < 1e-12) {
    let sx = 0;
    let sy = 0;
    for (const p of poly) {
      sx += p.x;
      sy += p.y;
    }
    return { x: sx / n, y: sy / n };
  }
  return { x: cx / (3 * twice), y: cy / (3 * twice) };
}

/**
 * Reading direction of text boxes as a unit vector: the sum of each box's v0→v1 edge direction
 * (CLOVA puts v0 at the text's own top-left, so v0→v1 runs along the text). Falls back to +x.
 */
export function textDirection(polys: readonly (readonly Point[])[]): Point {
  let sx = 0;
  let sy = 0;
  for (let i = 0; i < polys.length; i++) {
    const poly = polys[i];
    if (poly.length < 2) continue;
    const dx = poly[1].x - poly[0].x;
    const dy = poly[1].y - poly[0].y;
    const len = Math.sqrt(dx * dx + dy * dy);
    if (len > 0) {
      sx += dx / len;
      sy += dy / len;
    }
  }
  const len = Math.hypot(sx, sy);
  return len > 1e-9 ? { x: sx / len, y: sy / len } : { x: 1, y: 0 };
}

/**
 * The rectangle around all vertices, aligned with the text direction of the polygons: the
 * min-area box for boxes that share an orientation. Vertices come out like CLOVA's: v0 at the
 * text's top-left, then clockwise (in y-down image coordinates).
 */
export function quadAround(polys: readonly (readonly Point[])[]): Point[] {
  const u = textDirection(polys);
  // Normal pointing "down" the text: u rotated +90° in y-down coordinates.
  const nx = -u.y;
  const ny = u.x;
  let minU = Infinity;
  let maxU = -Infinity;
  let minN = Infinity;
  let maxN = -Infinity;
  const ux = u.x;
  const uy = u.y;
  for (let i = 0; i < polys.length; i++) {
    const poly = polys[i];
    for (let j = 0; j < poly.length; j++) {
      const p = poly[j];
      const pu = p.x * ux + p.y * uy;
      const pn = p.x * nx + p.y * ny;
      if (pu < minU) minU = pu;
      if (pu > maxU) maxU = pu;
      if (pn < minN) minN = pn;
      if (pn > maxN) maxN = pn;
    }
  }
  if (minU === Infinity) return [];
  return [
    new ModelPoint(minU * ux + minN * nx, minU * uy + minN * ny),
    new ModelPoint(maxU * ux + minN * nx, maxU * uy + minN * ny),
    new ModelPoint(maxU * ux + maxN * nx, maxU * uy + maxN * ny),
    new ModelPoint(minU * ux + maxN * nx, minU * uy + maxN * ny),
  ];
}

/** Min and max of the vertices projected onto a unit axis. */
export function projectOnto(poly: readonly Point[], axis: Point): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of poly) {
    const v = p.x * axis.x + p.y * axis.y;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo === Infinity ? [0, 0] : [lo, hi];
}

/**
 * Like textDirection but robust to a few odd boxes (a vertical stamp on a horizontal page): the
 * median of the box angles measured from the mean direction.
 */
export function dominantTextDirection(polys: readonly (readonly Point[])[]): Point {
  const mean = textDirection(polys);
  const angles = new Float64Array(polys.length);
  let n = 0;
  for (const poly of polys) {
    if (poly.length < 2) continue;
    const dx = poly[1].x - poly[0].x;
    const dy = poly[1].y - poly[0].y;
    if (dx === 0 && dy === 0) continue;
    angles[n++] = Math.atan2(mean.x * dy - mean.y * dx, mean.x * dx + mean.y * dy);
  }
  if (n === 0) return mean;
  const sorted = angles.subarray(0, n).sort();
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  const c = Math.cos(median);
  const s = Math.sin(median);
  return { x: mean.x * c - mean.y * s, y: mean.x * s + mean.y * c };
}
