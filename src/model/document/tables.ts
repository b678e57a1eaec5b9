import type { CellModel, DocumentModel } from '../types.ts';

/** One slot of a rendered table: a cell's top-left slot, null under a span, or a hole (cellId -1). */
export type GridCell = { cellId: number; rowSpan: number; colSpan: number } | null;

const HOLE = (): GridCell => ({ cellId: -1, rowSpan: 1, colSpan: 1 });

/**
 * Rows of an HTML table for a table, whatever order CLOVA listed the cells in (column-major in
 * practice). A slot covered by a span from above/left is null (render nothing); a slot no cell
 * covers is a one-slot hole. Where cells overlap, the first listed wins.
 */
export function tableGrid(doc: DocumentModel, tableId: number): GridCell[][] {
  const table = doc.tables[tableId];
  if (!table) return [];
  const rows = table.rowCount;
  const cols = table.columnCount;
  const claimed: boolean[] = new Array(rows * cols).fill(false);
  const grid: (GridCell | undefined)[][] = Array.from({ length: rows }, () =>
    new Array(cols).fill(undefined),
  );
  for (const id of table.cellIds) {
    const c = doc.cells[id];
    if (claimed[c.rowIndex * cols + c.columnIndex]) continue;
    // Shrink the span to a rectangle of slots no earlier cell claimed, so HTML spans never collide.
    let rowSpan = 1;
    while (rowSpan < c.rowSpan && !claimed[(c.rowIndex + rowSpan) * cols + c.columnIndex]) rowSpan++;
    let colSpan = 1;
    while (
      colSpan < c.columnSpan &&
      columnFree(claimed, cols, c.columnIndex + colSpan, c.rowIndex, rowSpan)
    ) {
      colSpan++;
    }
    for (let r = c.rowIndex; r < c.rowIndex + rowSpan; r++) {
      for (let k = c.columnIndex; k < c.columnIndex + colSpan; k++) {
        claimed[r * cols + k] = true;
        grid[r][k] = null;
      }
    }
    grid[c.rowIndex][c.columnIndex] = { cellId: id, rowSpan, colSpan };
  }
  return grid.map((row) => row.map((slot) => (slot === undefined ? HOLE() : slot)));
}

function columnFree(
  claimed: readonly boolean[],
  cols: number,
  col: number,
  row: number,
  rows: number,
): boolean {
  for (let r = row; r < row + rows; r++) if (claimed[r * cols + col]) return false;
  return true;
}

const overlaps = (a0: number, aSpan: number, b0: number, bSpan: number): boolean =>
  a0 < b0 + bSpan && b0 < a0 + aSpan;

/**
 * Cells of the same table whose row range or column range meets this cell's (the cell itself
 * included), in listed order: what a row/column highlight shows.
 */
export function rowAndColumnCells(doc: DocumentModel, cellId: number): number[] {
  const cell: CellModel | undefined = doc.cells[cellId];
  if (!cell) return [];
  return doc.tables[cell.tableId].cellIds.filter((id) => {
    const o = doc.cells[id];
    return (
      overlaps(o.rowIndex, o.rowSpan, cell.rowIndex, cell.rowSpan) ||
      overlaps(o.columnIndex, o.columnSpan, cell.columnIndex, cell.columnSpan)
    );
  });
}
