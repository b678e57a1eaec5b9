import { buildFits } from './lineFit.ts';
import { measureFrame } from './lineFrame.ts';
import type { LineFrame } from './lineFrame.ts';
import { mergeFragments } from './lineMerge.ts';
import { refineLines } from './lineRefine.ts';
import { sweepLines } from './lineSweep.ts';
import type { Point } from '../types.ts';

/** Refinement passes at most per round (they stop early once nothing moves). */
const REFINE_PASSES = 3;

/**
 * Lines from geometry, for responses without `lineBreak`. Returns groups of indexes into `polys`:
 * lines in reading order (by centre across the text), boxes along the text.
 *
 * 1. Deskew: measure the boxes in the frame of the page's dominant text direction (lineFrame).
 * 2. Sweep by centre into bands (lineSweep).
 * 3. Refine: fit each line's centre as a straight function of the position along the text and
 *    move boxes to the line whose fit suits them best (lineRefine, lineFit); this undoes the
 *    sweep's order-dependent picks and absorbs residual per-line skew (curled receipts).
 * 4. Merge the pieces of a sloped line the sweep split, then refine again (lineMerge).
 * Each step looks only at lines within a few median heights, so the whole is n·log n.
 */
export function linesFromGeometry(polys: readonly (readonly Point[])[]): number[][] {
  if (polys.length === 0) return [];
  const f = measureFrame(polys);
  const { order, lineOf, count } = sweepLines(f);
  refineRounds(f, order, lineOf, count);
  if (mergeFragments(f, lineOf, buildFits(f, lineOf, count))) refineRounds(f, order, lineOf, count);
  return collect(f, lineOf);
}

function refineRounds(f: LineFrame, order: readonly number[], lineOf: Int32Array, count: number): void {
  const fits = buildFits(f, lineOf, count);
  for (let pass = 0; pass < REFINE_PASSES && refineLines(f, order, lineOf, fits); pass++);
}

/** Non-empty lines ordered by mean centre, their boxes ordered along the text. */
function collect(f: LineFrame, lineOf: Int32Array): number[][] {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < lineOf.length; i++) {
    const g = groups.get(lineOf[i]);
    if (g) g.push(i);
    else groups.set(lineOf[i], [i]);
  }
  const mean = (g: number[]): number => g.reduce((s, i) => s + f.c[i], 0) / g.length;
  return [...groups.values()]
    .map((g) => ({ g: g.sort((a, b) => f.u[a] - f.u[b] || a - b), c: mean(g) }))
    .sort((a, b) => a.c - b.c || f.u[a.g[0]] - f.u[b.g[0]])
    .map((x) => x.g);
}
