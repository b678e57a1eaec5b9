import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../src/clova/index.ts';
import { describeCells } from './describeTable.ts';

const poly = { vertices: [] };
const cell = (rowIndex: number, columnIndex: number, lines: string[][]): Cell => ({
  rowIndex,
  columnIndex,
  rowSpan: 2,
  columnSpan: 1,
  boundingPoly: poly,
  inferConfidence: 1,
  cellTextLines: lines.map((words) => ({
    boundingPoly: poly,
    inferConfidence: 1,
    cellWords: words.map((inferText) => ({ boundingPoly: poly, inferText, inferConfidence: 1 })),
  })),
});

describe('describeCells', () => {
  it('writes "row,col rowSpanxcolSpan text" with lines joined by " / "', () => {
    const table = {
      boundingPoly: poly,
      inferConfidence: 1,
      cells: [cell(0, 1, [['a', 'b'], ['c']]), cell(2, 0, [])],
    };
    expect(describeCells(table)).toEqual(['0,1 2x1 a b / c', '2,0 2x1']);
  });
});
