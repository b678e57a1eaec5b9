import type { BoundingPoly } from '../../clova/index.ts';
import { quadAround } from '../geometry/geometry.ts';
import type { Point } from '../types.ts';

/** Box arithmetic for merge and split, in response space. Results are plain {x, y} vertices. */

const round = (v: number): number => Math.round(v * 100) / 100;
const plain = (p: Point): Point => ({ x: round(p.x), y: round(p.y) });

const lerp = (a: Point, b: Point, t: number): Point => ({
  x: a.x + (b.x - a.x) * t,
  y: a.y + (b.y - a.y) * t,
});

/**
 * The box as a CLOVA quad (v0 = the text's top-left, then clockwise): as given when it has four
 * vertices, else the rectangle around it along its own direction.
 */
export function quadOf(poly: readonly Point[]): Point[] {
  return poly.length === 4 ? poly.map(plain) : quadAround([poly]).map(plain);
}

/** One box around several, aligned with their text direction (rotated boxes stay rotated). */
export const unionQuad = (polys: readonly (readonly Point[])[]): Point[] => quadAround(polys).map(plain);

/**
 * Splits a box at fraction t (0..1) of its length along the text: the top edge v0→v1 and the
 * bottom edge v3→v2 are both cut at t, so a rotated or skewed box splits along its own baseline.
 */
export function splitQuad(poly: readonly Point[], t: number): [Point[], Point[]] {
  const [v0, v1, v2, v3] = quadOf(poly);
  const top = lerp(v0, v1, t);
  const bottom = lerp(v3, v2, t);
  return [[v0, top, bottom, v3].map(plain), [top, v1, v2, bottom].map(plain)];
}

export const polyOf = (b: BoundingPoly): Point[] => b.vertices.map((v) => ({ x: v.x, y: v.y }));

export const toBoundingPoly = (poly: readonly Point[]): BoundingPoly => ({
  vertices: poly.map((p) => ({ x: round(p.x), y: round(p.y) })),
});
