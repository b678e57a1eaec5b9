import type { TableLayout } from './cellLayout.ts';
import type { PlacedWord } from './placeWords.ts';

/**
 * Puts each word in the cell holding its centre, in the first table that has one.
 * Returns [table][cell] → words, cells indexed as in `layout.cells`.
 */
export function assignWords(layouts: TableLayout[], placed: PlacedWord[]): PlacedWord[][][] {
  const result = layouts.map((l) => l.cells.map((): PlacedWord[] => []));
  const owners = layouts.map(ownerGrid);
  for (const p of placed)
    for (let t = 0; t < layouts.length; t++) {
      const col = intervalIndex(layouts[t].xs, p.cx);
      const row = intervalIndex(layouts[t].ys, p.cy);
      if (col < 0 || row < 0) continue;
      result[t][owners[t][row][col]].push(p);
      break;
    }
  return result;
}

/** owner[row][col] = index of the cell covering that grid position. */
function ownerGrid(layout: TableLayout): number[][] {
  const owner = layout.ys.slice(1).map(() => layout.xs.slice(1).map(() => -1));
  layout.cells.forEach((c, i) => {
    for (let r = c.row; r < c.row + c.rowSpan; r++)
      for (let k = c.col; k < c.col + c.colSpan; k++) owner[r][k] = i;
  });
  return owner;
}

/** i such that lines[i] <= v < lines[i+1], or -1 outside. */
function intervalIndex(lines: number[], v: number): number {
  if (v < lines[0] || v >= lines[lines.length - 1]) return -1;
  let i = 0;
  while (v >= lines[i + 1]) i++;
  return i;
}
