import { addToFit, predictBand } from './lineFit.ts';
import type { LineFit } from './lineFit.ts';
import { overlapsBand } from './lineFrame.ts';
import type { LineFrame } from './lineFrame.ts';

/** How far (in median heights) from a line's mean centre a box is still compared with it. */
export const REACH = 3;

/** Live (non-empty) lines sorted by mean centre, for finding the lines near a box. */
export function linesByCentre(fits: readonly LineFit[]): { ids: number[]; centres: Float64Array } {
  const ids: number[] = [];
  for (let l = 0; l < fits.length; l++) if (fits[l].n > 0) ids.push(l);
  ids.sort((a, b) => fits[a].sc / fits[a].n - fits[b].sc / fits[b].n || a - b);
  return { ids, centres: Float64Array.from(ids, (l) => fits[l].sc / fits[l].n) };
}

export function lowerBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One pass, in sweep order: each box moves to the line whose fitted band (at the box's position
 * along the text) it overlaps by half the smaller height and whose fit passes nearest its
 * centre. A box's own line is fitted without it. Moves apply at once and the fits follow, so two
 * boxes never keep trading places. Lines are looked up by their centre at the start of the pass
 * (REACH is generous enough for the drift within a pass). Returns whether anything moved.
 */
export function refineLines(
  f: LineFrame,
  order: readonly number[],
  lineOf: Int32Array,
  fits: LineFit[],
): boolean {
  const { ids, centres } = linesByCentre(fits);
  const reach = REACH * f.medianH;
  let moved = false;
  for (const i of order) {
    const c = f.c[i];
    const current = lineOf[i];
    let best = current;
    let bestDist = Infinity;
    for (let k = lowerBound(centres, c - reach); k < centres.length && centres[k] <= c + reach; k++) {
      const l = ids[k];
      const band = predictBand(fits[l], f.u[i], f, l === current && f.normal[i] ? i : -1);
      if (!band || !overlapsBand(c, f.h[i], band.c, band.h)) continue;
      const d = Math.abs(c - band.c);
      if (d < bestDist || (d === bestDist && l === current)) {
        best = l;
        bestDist = d;
      }
    }
    if (best !== current) {
      if (f.normal[i]) {
        addToFit(fits[current], f, i, -1);
        addToFit(fits[best], f, i, 1);
      }
      lineOf[i] = best;
      moved = true;
    }
  }
  return moved;
}
