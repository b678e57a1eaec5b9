import { OVERSIZE, overlapsBand } from './lineFrame.ts';
import type { LineFrame } from './lineFrame.ts';

interface OpenLine {
  id: number;
  /** Band from the normal-sized members; from the first member while there are none. */
  n: number;
  sumC: number;
  sumH: number;
  c0: number;
  h0: number;
}

const bandC = (l: OpenLine): number => (l.n > 0 ? l.sumC / l.n : l.c0);
const bandH = (l: OpenLine): number => (l.n > 0 ? l.sumH / l.n : l.h0);

export interface SweepResult {
  /** Box indexes by centre across the text (ties by index). */
  order: number[];
  /** Line id of each box. */
  lineOf: Int32Array;
  count: number;
}

/**
 * First grouping: sweep the boxes by centre; a box joins the open line whose band overlaps it by
 * at least half the smaller height (nearest band centre first), else opens a line. Lines the
 * sweep has left more than OVERSIZE median heights behind close, so the open set stays small
 * and the pass is n·log n (the sort).
 */
export function sweepLines(f: LineFrame): SweepResult {
  const n = f.c.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => f.c[a] - f.c[b] || a - b);
  const lineOf = new Int32Array(n);
  const closeBelow = OVERSIZE * f.medianH;
  const open: OpenLine[] = [];
  let count = 0;
  for (const i of order) {
    const c = f.c[i];
    const h = f.h[i];
    let best: OpenLine | null = null;
    let bestDist = Infinity;
    let kept = 0;
    for (const l of open) {
      if (bandC(l) + bandH(l) / 2 < c - closeBelow) continue; // left behind: closed
      open[kept++] = l;
      const d = Math.abs(c - bandC(l));
      if (d < bestDist && overlapsBand(c, h, bandC(l), bandH(l))) {
        best = l;
        bestDist = d;
      }
    }
    open.length = kept;
    if (!best) {
      best = { id: count++, n: 0, sumC: 0, sumH: 0, c0: c, h0: h };
      open.push(best);
    }
    lineOf[i] = best.id;
    if (f.normal[i]) {
      best.n++;
      best.sumC += c;
      best.sumH += h;
    }
  }
  return { order, lineOf, count };
}
