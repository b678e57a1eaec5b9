import { describe, expect, it } from 'vitest';
import { TableSchema } from '../../../../clova/index.ts';
import { toClovaTable } from './clovaTable.ts';
import { makeFrame } from './frame.ts';
import type { PlacedWord } from './placeWords.ts';

const at = (text: string, x: number, y: number, confidence: number): PlacedWord => ({
  word: {
    text,
    confidence,
    poly: [
      { x, y },
      { x: x + 40, y },
      { x: x + 40, y: y + 20 },
      { x, y: y + 20 },
    ],
  },
  box: { x0: x, y0: y, x1: x + 40, y1: y + 20 },
  cx: x + 20,
  cy: y + 10,
});

describe('toClovaTable', () => {
  it('lists cells column-major with spans, polygons from the grid lines, and mean confidences', () => {
    // Row-major layout in, column-major cells out.
    const layout = {
      xs: [100, 300, 500],
      ys: [50, 100, 150],
      cells: [
        { row: 0, col: 0, rowSpan: 2, colSpan: 1 },
        { row: 0, col: 1, rowSpan: 1, colSpan: 1 },
        { row: 1, col: 1, rowSpan: 1, colSpan: 1 },
      ],
    };
    const table = toClovaTable(
      layout,
      [[at('A', 110, 60, 0.9)], [at('B', 310, 60, 0.6), at('C', 360, 60, 0.7)], []],
      makeFrame(600, 200, 0),
    );
    expect(() => TableSchema.parse(table)).not.toThrow();
    expect(
      table.cells.map((c) => [c.columnIndex, c.rowIndex, c.rowSpan, c.columnSpan, c.inferConfidence]),
    ).toEqual([
      [0, 0, 2, 1, 0.9],
      [1, 0, 1, 1, 0.65],
      [1, 1, 1, 1, 1],
    ]);
    expect(table.cells[0].boundingPoly.vertices).toEqual([
      { x: 100, y: 50 },
      { x: 300, y: 50 },
      { x: 300, y: 150 },
      { x: 100, y: 150 },
    ]);
    expect(table.cells[2].cellTextLines).toEqual([]);
    expect(table.boundingPoly.vertices[2]).toEqual({ x: 500, y: 150 });
    expect(table.inferConfidence).toBe(0.7333);
  });
});
