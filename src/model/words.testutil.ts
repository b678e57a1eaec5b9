import { boundsOf } from './geometry/geometry.ts';
import type { Point, WordModel } from './types.ts';

/** Test-only builders for synthetic pages. */

export const rect = (x: number, y: number, w: number, h: number): Point[] => [
  { x, y },
  { x: x + w, y },
  { x: x + w, y: y + h },
  { x, y: y + h },
];

export const rotatePoly = (poly: readonly Point[], deg: number, about: Point = { x: 0, y: 0 }): Point[] => {
  const a = (deg * Math.PI) / 180;
  const c = Math.cos(a);
  const s = Math.sin(a);
  return poly.map((p) => ({
    x: about.x + (p.x - about.x) * c - (p.y - about.y) * s,
    y: about.y + (p.x - about.x) * s + (p.y - about.y) * c,
  }));
};

export function word(id: number, poly: Point[], text = `w${id}`, extra: Partial<WordModel> = {}): WordModel {
  return {
    id,
    pageIndex: 0,
    fieldIndex: id,
    text,
    confidence: 1,
    poly,
    bounds: boundsOf(poly),
    lineId: -1,
    paragraphId: -1,
    ...extra,
  };
}

/** Deterministic pseudo-random numbers in [0, 1) for reproducible layouts. */
export function seeded(seed: number): () => number {
  // Scramble the seed: an LCG's first outputs from nearby seeds are nearly equal.
  let s = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
