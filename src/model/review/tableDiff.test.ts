import { describe, expect, it } from 'vitest';
import { buildDocument } from '../document/document.ts';
import { diffPageTables } from './tableDiff.ts';
import { rect } from '../words.testutil.ts';

/** One-page documents holding tables of 20 × 10 px cells. */
const cell = (rowIndex: number, columnIndex: number, text: string, dx = 0) => ({
  cellTextLines: text
    ? [
        {
          boundingPoly: { vertices: rect(columnIndex * 20 + dx, rowIndex * 10, 20, 10) },
          inferConfidence: 1,
          cellWords: [
            {
              boundingPoly: { vertices: rect(columnIndex * 20 + dx, rowIndex * 10, 20, 10) },
              inferText: text,
              inferConfidence: 1,
            },
          ],
        },
      ]
    : [],
  boundingPoly: { vertices: rect(columnIndex * 20 + dx, rowIndex * 10, 20, 10) },
  inferConfidence: 1,
  rowIndex,
  columnIndex,
  rowSpan: 1,
  columnSpan: 1,
});

type Cell = ReturnType<typeof cell>;

const doc = (tables: Cell[][]) =>
  buildDocument({
    version: 'V2',
    images: [
      {
        inferResult: 'SUCCESS',
        convertedImageInfo: { width: 200, height: 200, pageIndex: 0 },
        fields: [],
        tables: tables.map((cells) => ({
          boundingPoly: { vertices: rect(0, 0, 60, 20) },
          inferConfidence: 1,
          cells,
        })),
      },
    ],
  });

describe('diffPageTables', () => {
  it('pairs cells of equal grids by row and column, even when their boxes moved', () => {
    const a = doc([[cell(0, 0, 'a'), cell(0, 1, 'b'), cell(1, 0, 'c'), cell(1, 1, 'd')]]);
    // Same grid, boxes shifted by half a cell (IoU 1/3), one text changed.
    const b = doc([[cell(0, 0, 'a', 5), cell(0, 1, 'b', 5), cell(1, 0, 'C', 5), cell(1, 1, 'd', 5)]]);
    const d = diffPageTables(a, a.pages[0], b, b.pages[0]);
    expect(d.a).toEqual({ tables: 1, cells: 4 });
    expect(d.changedCells).toEqual([{ aCellId: 2, bCellId: 2 }]);
  });

  it('pairs cells of different grids by overlap; unpaired cells count only with text', () => {
    const a = doc([[cell(0, 0, 'a'), cell(0, 1, 'b')]]);
    // Run B found a third, empty column and a second row with text.
    const b = doc([[cell(0, 0, 'a'), cell(0, 1, 'b'), cell(0, 2, ''), cell(1, 0, 'x')]]);
    const d = diffPageTables(a, a.pages[0], b, b.pages[0]);
    expect(d.cellTextChanges).toBe(1);
    expect(d.changedCells).toEqual([{ aCellId: null, bCellId: 3 }]);
  });

  it('handles a page that only one run has', () => {
    const a = doc([[cell(0, 0, 'a'), cell(0, 1, '')]]);
    const d = diffPageTables(a, a.pages[0], buildDocument({ images: [] }), undefined);
    expect(d).toMatchObject({ pageIndex: 0, b: { tables: 0, cells: 0 }, cellTextChanges: 1 });
  });
});
