import { predictBand } from './lineFit.ts';
import type { LineFit } from './lineFit.ts';
import { overlapsBand } from './lineFrame.ts';
import type { LineFrame } from './lineFrame.ts';
import { linesByCentre, REACH } from './lineRefine.ts';

/**
 * Joins the pieces of one line that the sweep split: a sloped line whose two ends never shared a
 * band, so each end became a line of its own and refinement keeps them (each piece fits itself
 * best). Two lines merge when they sit side by side along the text (overlapping by at most one
 * median height) and each one's fit, extended to the other's nearest box, predicts a band that
 * box overlaps. Judged on the fits as they are before any merge, so the result does not depend
 * on the order lines are looked at. Relabels `lineOf`; returns whether anything merged.
 */
export function mergeFragments(f: LineFrame, lineOf: Int32Array, fits: readonly LineFit[]): boolean {
  const count = fits.length;
  const lo = new Float64Array(count).fill(Infinity);
  const hi = new Float64Array(count).fill(-Infinity);
  const first = new Int32Array(count).fill(-1);
  const last = new Int32Array(count).fill(-1);
  for (let i = 0; i < lineOf.length; i++) {
    const l = lineOf[i];
    if (f.uLo[i] < lo[l]) {
      lo[l] = f.uLo[i];
      first[l] = i;
    }
    if (f.uHi[i] > hi[l]) {
      hi[l] = f.uHi[i];
      last[l] = i;
    }
  }
  const parent = Int32Array.from({ length: count }, (_, l) => l);
  const root = (l: number): number => {
    while (parent[l] !== l) l = parent[l] = parent[parent[l]];
    return l;
  };
  const predicts = (from: number, box: number): boolean => {
    const band = predictBand(fits[from], f.u[box]);
    return band !== null && overlapsBand(f.c[box], f.h[box], band.c, band.h);
  };
  const { ids, centres } = linesByCentre(fits);
  const reach = REACH * f.medianH;
  let merged = false;
  for (let k = 0; k < ids.length; k++) {
    for (let j = k + 1; j < ids.length && centres[j] - centres[k] <= reach; j++) {
      const [a, b] = lo[ids[k]] <= lo[ids[j]] ? [ids[k], ids[j]] : [ids[j], ids[k]]; // a starts first
      if (lo[b] < hi[a] - f.medianH) continue; // overlapping along the text: two real lines
      if (predicts(a, first[b]) && predicts(b, last[a])) {
        parent[root(b)] = root(a);
        merged = true;
      }
    }
  }
  if (merged) for (let i = 0; i < lineOf.length; i++) lineOf[i] = root(lineOf[i]);
  return merged;
}
