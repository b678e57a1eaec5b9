import { describe, expect, it } from 'vitest';
import { buildDocument } from './document.ts';
import { loadFixture } from '../fixtures.testutil.ts';
import { rowAndColumnCells, tableGrid } from './tables.ts';
import { rect } from '../words.testutil.ts';

/** A one-table response from [row, col, rowSpan, colSpan] cells, listed in the given order. */
function tableDoc(cells: [number, number, number, number][]) {
  return buildDocument({
    version: 'V2',
    images: [
      {
        inferResult: 'SUCCESS',
        fields: [],
        tables: [
          {
            boundingPoly: { vertices: rect(0, 0, 100, 100) },
            inferConfidence: 1,
            cells: cells.map(([rowIndex, columnIndex, rowSpan, columnSpan]) => ({
              cellTextLines: [],
              boundingPoly: {
                vertices: rect(columnIndex * 10, rowIndex * 10, columnSpan * 10, rowSpan * 10),
              },
              inferConfidence: 1,
              rowIndex,
              columnIndex,
              rowSpan,
              columnSpan,
            })),
          },
        ],
      },
    ],
  });
}

describe('tableGrid', () => {
  it('lays out the KBO table: rowSpan 2 cells leave null slots below them', () => {
    const doc = buildDocument(loadFixture('table-kbo.v2.json'));
    const grid = tableGrid(doc, 0);
    expect(grid).toHaveLength(6);
    expect(grid.every((row) => row.length === 3)).toBe(true);
    const at = (r: number, c: number) => {
      const g = grid[r][c];
      return g && [doc.cells[g.cellId].rowIndex, doc.cells[g.cellId].columnIndex, g.rowSpan, g.colSpan];
    };
    expect(at(4, 0)).toEqual([4, 0, 2, 1]);
    expect(at(4, 1)).toEqual([4, 1, 2, 1]);
    expect(grid[5][0]).toBeNull();
    expect(grid[5][1]).toBeNull();
    expect(at(5, 2)).toEqual([5, 2, 1, 1]);
    // Every cell appears exactly once.
    const ids = grid.flat().flatMap((g) => (g ? [g.cellId] : []));
    expect(ids.sort((a, b) => a - b)).toEqual(doc.tables[0].cellIds);
  });

  it('honours column spans and marks holes', () => {
    const doc = tableDoc([
      [0, 0, 1, 2],
      [1, 0, 1, 1],
      [0, 2, 2, 1],
    ]);
    const grid = tableGrid(doc, 0);
    expect(grid).toEqual([
      [{ cellId: 0, rowSpan: 1, colSpan: 2 }, null, { cellId: 2, rowSpan: 2, colSpan: 1 }],
      [{ cellId: 1, rowSpan: 1, colSpan: 1 }, { cellId: -1, rowSpan: 1, colSpan: 1 }, null],
    ]);
  });

  it('overlapping cells: the first listed keeps its slots, the later one shrinks or goes', () => {
    const doc = tableDoc([
      [1, 1, 1, 1],
      [0, 0, 2, 2], // would cover (1,1)
      [1, 1, 1, 1], // same origin as the first
    ]);
    const grid = tableGrid(doc, 0);
    expect(grid[0][0]).toEqual({ cellId: 1, rowSpan: 2, colSpan: 1 });
    expect(grid[1][1]).toEqual({ cellId: 0, rowSpan: 1, colSpan: 1 });
    expect(grid[0][1]).toEqual({ cellId: -1, rowSpan: 1, colSpan: 1 });
    expect(grid.flat().filter((g) => g?.cellId === 2)).toEqual([]);
  });

  it('an unknown table is empty', () => {
    expect(tableGrid(tableDoc([]), 3)).toEqual([]);
    expect(tableGrid(tableDoc([]), 0)).toEqual([]);
  });
});

describe('rowAndColumnCells', () => {
  it('lists the cells sharing a row or column range, itself included', () => {
    const doc = tableDoc([
      [0, 0, 1, 1],
      [1, 0, 1, 1],
      [0, 1, 2, 1],
      [2, 0, 1, 1],
      [2, 1, 1, 1],
    ]);
    // Cell 1 is (1,0): row 1 meets cell 2 (rows 0-1); column 0 holds cells 0 and 3.
    expect(rowAndColumnCells(doc, 1)).toEqual([0, 1, 2, 3]);
    // Cell 2 spans rows 0-1 in column 1.
    expect(rowAndColumnCells(doc, 2)).toEqual([0, 1, 2, 4]);
    expect(rowAndColumnCells(doc, 99)).toEqual([]);
  });
});
