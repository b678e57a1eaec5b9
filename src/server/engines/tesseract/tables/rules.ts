import type { DetectParams } from './params.ts';
import { UnionFind } from './unionFind.ts';
import type { BinaryMask } from './types.ts';

/**
 * A straight rule in the deskewed frame. For a horizontal rule `pos` is its y and
 * `start`..`end` its x extent; for a vertical one `pos` is x and the extent runs along y.
 */
export type RuleSegment = {
  pos: number;
  start: number;
  end: number;
  thickness: number;
};

/** One long dark run: `line` is the row (horizontal) or column (vertical) it lies on. */
type Run = { line: number; start: number; end: number };

/**
 * Finds horizontal and vertical rules. Keeping only runs at least `minRuleLength` long is the
 * morphological opening with a long line kernel; runs on neighbouring rows/columns are then
 * joined into segments, filled areas are dropped by thickness, and collinear pieces are joined.
 */
export function findRules(
  mask: BinaryMask,
  params: DetectParams,
): { horizontal: RuleSegment[]; vertical: RuleSegment[] } {
  const toSegments = (runs: Run[]): RuleSegment[] =>
    joinCollinear(
      groupRuns(runs, params.runGap).filter((s) => s.thickness <= params.maxRuleThickness),
      params,
    );
  return {
    horizontal: toSegments(horizontalRuns(mask, params.minRuleLength, params.runGap)),
    vertical: toSegments(verticalRuns(mask, params.minRuleLength, params.runGap)),
  };
}

function horizontalRuns({ data, width, height }: BinaryMask, minLength: number, gap: number): Run[] {
  const runs: Run[] = [];
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let start = -1;
    let last = -1;
    for (let x = 0; x < width; x++) {
      if (!data[row + x]) continue;
      if (start >= 0 && x - last - 1 > gap) {
        if (last - start + 1 >= minLength) runs.push({ line: y, start, end: last });
        start = x;
      } else if (start < 0) start = x;
      last = x;
    }
    if (start >= 0 && last - start + 1 >= minLength) runs.push({ line: y, start, end: last });
  }
  return runs;
}

/** Same as horizontalRuns, column-wise, but scanning row by row to stay cache-friendly. */
function verticalRuns({ data, width, height }: BinaryMask, minLength: number, gap: number): Run[] {
  const runs: Run[] = [];
  const start = new Int32Array(width).fill(-1);
  const last = new Int32Array(width).fill(-1);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if (!data[row + x]) continue;
      if (start[x] >= 0 && y - last[x] - 1 > gap) {
        if (last[x] - start[x] + 1 >= minLength) runs.push({ line: x, start: start[x], end: last[x] });
        start[x] = y;
      } else if (start[x] < 0) start[x] = y;
      last[x] = y;
    }
  }
  for (let x = 0; x < width; x++)
    if (start[x] >= 0 && last[x] - start[x] + 1 >= minLength)
      runs.push({ line: x, start: start[x], end: last[x] });
  runs.sort((a, b) => a.line - b.line || a.start - b.start);
  return runs;
}

/** Joins runs on adjacent lines that overlap (or nearly touch, for stair-stepped slanted rules). */
function groupRuns(runs: Run[], gap: number): RuleSegment[] {
  const sets = new UnionFind(runs.length);
  // Runs arrive sorted by line then start; index the first run of each line.
  let prevFirst = 0;
  let prevEnd = 0;
  let i = 0;
  while (i < runs.length) {
    const line = runs[i].line;
    let j = i;
    while (j < runs.length && runs[j].line === line) j++;
    if (prevEnd > prevFirst && runs[prevFirst].line === line - 1) {
      let k = prevFirst;
      for (let a = i; a < j; a++) {
        while (k < prevEnd && runs[k].end + gap + 1 < runs[a].start) k++;
        for (let b = k; b < prevEnd && runs[b].start <= runs[a].end + gap + 1; b++) sets.union(a, b);
      }
    }
    prevFirst = i;
    prevEnd = j;
    i = j;
  }
  const acc = new Map<number, { weighted: number; ink: number; start: number; end: number }>();
  runs.forEach((run, idx) => {
    const root = sets.find(idx);
    const len = run.end - run.start + 1;
    const g = acc.get(root);
    if (!g) acc.set(root, { weighted: run.line * len, ink: len, start: run.start, end: run.end });
    else {
      g.weighted += run.line * len;
      g.ink += len;
      g.start = Math.min(g.start, run.start);
      g.end = Math.max(g.end, run.end);
    }
  });
  return [...acc.values()].map((g) => ({
    pos: g.weighted / g.ink,
    start: g.start,
    end: g.end,
    thickness: g.ink / (g.end - g.start + 1),
  }));
}

function joinCollinear(segments: RuleSegment[], params: DetectParams): RuleSegment[] {
  const sorted = [...segments].sort((a, b) => a.start - b.start);
  const out: RuleSegment[] = [];
  for (const s of sorted) {
    const host = out.find(
      (o) => Math.abs(o.pos - s.pos) <= params.tolerance / 2 && s.start - o.end <= params.joinGap,
    );
    if (!host) {
      out.push({ ...s });
      continue;
    }
    const a = host.end - host.start + 1;
    const b = s.end - s.start + 1;
    host.pos = (host.pos * a + s.pos * b) / (a + b);
    host.thickness = (host.thickness * a + s.thickness * b) / (a + b);
    host.end = Math.max(host.end, s.end);
  }
  return out;
}
