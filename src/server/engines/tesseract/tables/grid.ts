import type { DetectParams } from './params.ts';
import type { RuleSegment } from './rules.ts';
import { UnionFind } from './unionFind.ts';

/** Candidate table: its grid lines in the deskewed frame, ascending. Cells are not decided yet. */
export type Grid = { xs: number[]; ys: number[] };

/**
 * Groups rules into tables: rules that cross (within tolerance) belong together, isolated lines
 * and text strokes are pruned, and each group's rule positions are clustered into grid lines.
 */
export function buildGrids(horizontal: RuleSegment[], vertical: RuleSegment[], params: DetectParams): Grid[] {
  const tol = params.tolerance;
  const crossings: [number, number][] = [];
  horizontal.forEach((h, i) =>
    vertical.forEach((v, j) => {
      if (v.pos >= h.start - tol && v.pos <= h.end + tol && h.pos >= v.start - tol && h.pos <= v.end + tol)
        crossings.push([i, j]);
    }),
  );
  const { keptH, keptV } = prune(horizontal, vertical, crossings, params);

  const nh = horizontal.length;
  const sets = new UnionFind(nh + vertical.length);
  for (const [i, j] of crossings) if (keptH[i] && keptV[j]) sets.union(i, nh + j);
  const groups = new Map<number, { h: RuleSegment[]; v: RuleSegment[] }>();
  const groupOf = (k: number) => {
    const root = sets.find(k);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { h: [], v: [] }));
    return g;
  };
  horizontal.forEach((h, i) => keptH[i] && groupOf(i).h.push(h));
  vertical.forEach((v, j) => keptV[j] && groupOf(nh + j).v.push(v));

  const grids: Grid[] = [];
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 1) continue;
    const ys = clusterPositions(g.h, params);
    const xs = clusterPositions(g.v, params);
    // Open-sided tables: rules that run past the outermost perpendicular rule imply a border there.
    extendToRuleEnds(xs, Math.min(...g.h.map((h) => h.start)), Math.max(...g.h.map((h) => h.end)), params);
    extendToRuleEnds(ys, Math.min(...g.v.map((v) => v.start)), Math.max(...g.v.map((v) => v.end)), params);
    if (xs.length >= 2 && ys.length >= 2) grids.push({ xs, ys });
  }
  return grids.sort((a, b) => a.ys[0] - b.ys[0] || a.xs[0] - b.xs[0]);
}

/**
 * Drops rules that cannot bound a cell: a vertical rule must reach two horizontal ones, a
 * horizontal rule must reach two vertical ones, or cross one and run on well past it on both
 * sides (open-sided tables). Text lines that touch a cell's side rule fail both tests.
 * Repeats until stable, since dropping one rule can orphan another.
 */
function prune(
  horizontal: RuleSegment[],
  vertical: RuleSegment[],
  crossings: [number, number][],
  params: DetectParams,
): { keptH: boolean[]; keptV: boolean[] } {
  const keptH = horizontal.map(() => true);
  const keptV = vertical.map(() => true);
  for (let changed = true; changed;) {
    changed = false;
    const countH = horizontal.map(() => 0);
    const countV = vertical.map(() => 0);
    const crossedV = horizontal.map(() => -1);
    for (const [i, j] of crossings)
      if (keptH[i] && keptV[j]) {
        countH[i]++;
        countV[j]++;
        crossedV[i] = j;
      }
    horizontal.forEach((h, i) => {
      if (!keptH[i] || countH[i] >= 2) return;
      if (countH[i] === 1 && spansBothSides(h, vertical[crossedV[i]], params)) return;
      [keptH[i], changed] = [false, true];
    });
    vertical.forEach((_, j) => {
      if (keptV[j] && countV[j] < 2) [keptV[j], changed] = [false, true];
    });
  }
  return { keptH, keptV };
}

/** Clusters rule positions (length-weighted means), then fuses lines closer than a cell can be. */
function clusterPositions(segments: RuleSegment[], params: DetectParams): number[] {
  const sorted = [...segments].sort((a, b) => a.pos - b.pos);
  const clusters: { sum: number; weight: number; last: number }[] = [];
  for (const s of sorted) {
    const weight = s.end - s.start + 1;
    const c = clusters[clusters.length - 1];
    if (c && s.pos - c.last <= params.tolerance) {
      c.sum += s.pos * weight;
      c.weight += weight;
      c.last = s.pos;
    } else clusters.push({ sum: s.pos * weight, weight, last: s.pos });
  }
  const lines: { pos: number; weight: number }[] = [];
  for (const c of clusters) {
    const pos = c.sum / c.weight;
    const prev = lines[lines.length - 1];
    if (prev && pos - prev.pos < params.minCellSize) {
      prev.pos = (prev.pos * prev.weight + pos * c.weight) / (prev.weight + c.weight);
      prev.weight += c.weight;
    } else lines.push({ pos, weight: c.weight });
  }
  return lines.map((l) => l.pos);
}

function extendToRuleEnds(lines: number[], low: number, high: number, params: DetectParams): void {
  if (low < lines[0] - params.minCellSize) lines.unshift(low);
  if (high > lines[lines.length - 1] + params.minCellSize) lines.push(high);
}

function spansBothSides(h: RuleSegment, v: RuleSegment, params: DetectParams): boolean {
  return (
    h.end - h.start + 1 >= params.longRuleLength &&
    v.pos - h.start >= params.minRuleLength &&
    h.end - v.pos >= params.minRuleLength
  );
}
