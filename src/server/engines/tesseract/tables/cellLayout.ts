import type { Grid } from './grid.ts';
import type { DetectParams } from './params.ts';
import { rulePresent } from './rulePresence.ts';
import type { BinaryMask } from './types.ts';
import { UnionFind } from './unionFind.ts';

export type CellBox = { row: number; col: number; rowSpan: number; colSpan: number };

/** A table's final grid (unused lines removed) and its cells, merged cells included. */
export type TableLayout = { xs: number[]; ys: number[]; cells: CellBox[] };

/**
 * Decides merged cells: neighbouring grid cells whose separating rule stretch is missing are one
 * cell. Returns null when fewer than two cells remain (a plain frame is not a table).
 */
export function layoutCells(grid: Grid, mask: BinaryMask, params: DetectParams): TableLayout | null {
  const { xs, ys } = grid;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const id = (r: number, c: number) => r * cols + c;
  const sets = new UnionFind(rows * cols);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && !rulePresent(mask, 'vertical', xs[c + 1], ys[r], ys[r + 1], params))
        sets.union(id(r, c), id(r, c + 1));
      if (r + 1 < rows && !rulePresent(mask, 'horizontal', ys[r + 1], xs[c], xs[c + 1], params))
        sets.union(id(r, c), id(r + 1, c));
    }
  const cells = rectangles(rows, cols, (r, c) => sets.find(id(r, c)));
  if (cells.length < 2) return null;
  return dropUnusedLines({ xs, ys, cells });
}

/**
 * Turns each group of grid cells into rectangles. A group that is not a rectangle (a rule broken
 * in one place only) is cut greedily into rectangles, so the grid stays covered without overlap.
 */
function rectangles(rows: number, cols: number, groupOf: (r: number, c: number) => number): CellBox[] {
  const taken = new Uint8Array(rows * cols);
  const cells: CellBox[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      if (taken[r * cols + c]) continue;
      const g = groupOf(r, c);
      const free = (rr: number, cc: number) => !taken[rr * cols + cc] && groupOf(rr, cc) === g;
      let colSpan = 1;
      while (c + colSpan < cols && free(r, c + colSpan)) colSpan++;
      let rowSpan = 1;
      const rowFree = (rr: number) => {
        for (let cc = c; cc < c + colSpan; cc++) if (!free(rr, cc)) return false;
        return true;
      };
      while (r + rowSpan < rows && rowFree(r + rowSpan)) rowSpan++;
      for (let rr = r; rr < r + rowSpan; rr++)
        for (let cc = c; cc < c + colSpan; cc++) taken[rr * cols + cc] = 1;
      cells.push({ row: r, col: c, rowSpan, colSpan });
    }
  return cells;
}

/** Removes grid lines that no cell starts at (every cell spans across them), re-indexing cells. */
function dropUnusedLines(layout: TableLayout): TableLayout {
  const rowUsed = new Set(layout.cells.map((c) => c.row));
  const colUsed = new Set(layout.cells.map((c) => c.col));
  const keepY = layout.ys.map((_, i) => i === 0 || i === layout.ys.length - 1 || rowUsed.has(i));
  const keepX = layout.xs.map((_, i) => i === 0 || i === layout.xs.length - 1 || colUsed.has(i));
  const newIndex = (keep: boolean[]) => {
    const map: number[] = [];
    let n = 0;
    keep.forEach((k, i) => {
      map[i] = n;
      if (k) n++;
    });
    return map;
  };
  const ry = newIndex(keepY);
  const rx = newIndex(keepX);
  return {
    ys: layout.ys.filter((_, i) => keepY[i]),
    xs: layout.xs.filter((_, i) => keepX[i]),
    cells: layout.cells.map((c) => ({
      row: ry[c.row],
      col: rx[c.col],
      rowSpan: ry[c.row + c.rowSpan] - ry[c.row],
      colSpan: rx[c.col + c.colSpan] - rx[c.col],
    })),
  };
}
