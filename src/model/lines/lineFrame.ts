import { dominantTextDirection, projectOnto } from '../geometry/geometry.ts';
import type { Point } from '../types.ts';

/** Boxes taller than this many median heights (stamps, logos, junk) join lines but don't shape them. */
export const OVERSIZE = 2;

/**
 * Boxes measured in the page's text frame (deskewed by the dominant text direction): along the
 * text, u (centre, start, end); across it, c (centre) and h (height). Typed arrays: one
 * allocation per measure, not per box.
 */
export interface LineFrame {
  u: Float64Array;
  uLo: Float64Array;
  uHi: Float64Array;
  c: Float64Array;
  h: Float64Array;
  /** 1 for boxes up to OVERSIZE × the median height. */
  normal: Uint8Array;
  medianH: number;
}

export function measureFrame(polys: readonly (readonly Point[])[]): LineFrame {
  const n = polys.length;
  const along = dominantTextDirection(polys);
  const across: Point = { x: -along.y, y: along.x };
  const f: LineFrame = {
    u: new Float64Array(n),
    uLo: new Float64Array(n),
    uHi: new Float64Array(n),
    c: new Float64Array(n),
    h: new Float64Array(n),
    normal: new Uint8Array(n),
    medianH: 0,
  };
  for (let i = 0; i < n; i++) {
    const [u0, u1] = projectOnto(polys[i], along);
    const [v0, v1] = projectOnto(polys[i], across);
    f.uLo[i] = u0;
    f.uHi[i] = u1;
    f.u[i] = (u0 + u1) / 2;
    f.c[i] = (v0 + v1) / 2;
    f.h[i] = v1 - v0;
  }
  const sorted = Float64Array.from(f.h).sort();
  f.medianH = Math.max(n > 0 ? sorted[n >> 1] : 0, 1e-6);
  for (let i = 0; i < n; i++) f.normal[i] = f.h[i] <= OVERSIZE * f.medianH ? 1 : 0;
  return f;
}

/** Does a box (centre c, height h) overlap a band by at least half the smaller height? */
export function overlapsBand(c: number, h: number, bandC: number, bandH: number): boolean {
  const overlap = Math.min(c + h / 2, bandC + bandH / 2) - Math.max(c - h / 2, bandC - bandH / 2);
  return overlap >= 0 && overlap >= 0.5 * Math.min(h, bandH);
}
