import { describe, expect, it } from 'vitest';
import { renderPage, type TableSpec } from '../../../../../test/support/tables/renderPage.ts';
import { TableSchema } from '../../../../clova/index.ts';
import { describeCells } from '../../../../../test/support/tables/describeTable.ts';
import { detectTables } from './detectTables.ts';
import { plainGrid, page, detect } from '../../../../../test/support/tables/detectOnPage.ts';

describe('detectTables', () => {
  it('reads a plain 4x3 grid cell by cell, column-major, with rule-aligned polygons', async () => {
    const tables = await detect(page([plainGrid]));
    expect(tables).toHaveLength(1);
    expect(describeCells(tables[0])).toEqual([
      '0,0 1x1 Name',
      '1,0 1x1 Kim',
      '2,0 1x1 Lee',
      '3,0 1x1 Park',
      '0,1 1x1 City',
      '1,1 1x1 Seoul',
      '2,1 1x1 Busan',
      '3,1 1x1 Daegu Jung',
      '0,2 1x1 Age',
      '1,2 1x1 31',
      '2,2 1x1',
      '3,2 1x1 27',
    ]);
    const [table] = tables;
    const near = (v: { x: number; y: number }[], expected: [number, number][]) =>
      v.forEach((p, i) => {
        expect(Math.abs(p.x - expected[i][0])).toBeLessThanOrEqual(2);
        expect(Math.abs(p.y - expected[i][1])).toBeLessThanOrEqual(2);
      });
    near(table.boundingPoly.vertices, [
      [100, 120],
      [780, 120],
      [780, 360],
      [100, 360],
    ]);
    // "Seoul": second column (x 300..560), second row (y 180..240).
    near(table.cells[5].boundingPoly.vertices, [
      [300, 180],
      [560, 180],
      [560, 240],
      [300, 240],
    ]);
    expect(() => TableSchema.parse(table)).not.toThrow();
  });

  it('gives empty cells no lines and confidence 1, and averages word confidences', async () => {
    const { gray, words } = await renderPage(page([plainGrid]));
    const scored = words.map((w, i) => ({ ...w, confidence: i % 2 === 0 ? 0.8 : 0.6 }));
    const [table] = detectTables(gray, scored);
    const empty = table.cells.find((c) => c.rowIndex === 2 && c.columnIndex === 2);
    expect(empty?.cellTextLines).toEqual([]);
    expect(empty?.inferConfidence).toBe(1);
    // "Daegu Jung" is two words, one scored 0.8 and one 0.6.
    const twoWords = table.cells.find((c) => c.rowIndex === 3 && c.columnIndex === 1);
    expect(twoWords?.inferConfidence).toBe(0.7);
    expect(twoWords?.cellTextLines[0].inferConfidence).toBe(0.7);
    expect(table.inferConfidence).toBe(0.7);
  });

  it('finds merged rows (rowSpan 2)', async () => {
    const tables = await detect(
      page([
        {
          x: 80,
          y: 100,
          colWidths: [200, 240, 200],
          rowHeights: [56, 56, 56, 56],
          cells: [
            { row: 0, col: 0, lines: ['Group'] },
            { row: 0, col: 1, lines: ['Item'] },
            { row: 0, col: 2, lines: ['Cost'] },
            { row: 1, col: 0, rowSpan: 2, lines: ['Meals'] },
            { row: 1, col: 1, lines: ['Lunch'] },
            { row: 1, col: 2, lines: ['9,000'] },
            { row: 2, col: 1, lines: ['Dinner'] },
            { row: 2, col: 2, lines: ['12,000'] },
            { row: 3, col: 0, lines: ['Bus'] },
            { row: 3, col: 1, rowSpan: 1, lines: ['Fare'] },
            { row: 3, col: 2, lines: ['1,400'] },
          ],
        },
      ]),
    );
    expect(tables.map(describeCells)).toEqual([
      [
        '0,0 1x1 Group',
        '1,0 2x1 Meals',
        '3,0 1x1 Bus',
        '0,1 1x1 Item',
        '1,1 1x1 Lunch',
        '2,1 1x1 Dinner',
        '3,1 1x1 Fare',
        '0,2 1x1 Cost',
        '1,2 1x1 9,000',
        '2,2 1x1 12,000',
        '3,2 1x1 1,400',
      ],
    ]);
  });

  it('finds merged columns (columnSpan 2), including a full-width row', async () => {
    const tables = await detect(
      page([
        {
          x: 80,
          y: 100,
          colWidths: [180, 240, 200, 160],
          rowHeights: [56, 56, 56],
          cells: [
            { row: 0, col: 0, colSpan: 2, lines: ['Applicant'] },
            { row: 0, col: 2, colSpan: 2, lines: ['Office use'] },
            { row: 1, col: 0, lines: ['Name'] },
            { row: 1, col: 1, lines: ['Hong'] },
            { row: 1, col: 2, lines: ['Date'] },
            { row: 1, col: 3, lines: [] },
            { row: 2, col: 0, colSpan: 4, lines: ['Total 24,400'] },
          ],
        },
      ]),
    );
    expect(tables.map(describeCells)).toEqual([
      [
        '0,0 1x2 Applicant',
        '1,0 1x1 Name',
        '2,0 1x4 Total 24,400',
        '1,1 1x1 Hong',
        '0,2 1x2 Office use',
        '1,2 1x1 Date',
        '1,3 1x1',
      ],
    ]);
  });

  it('keeps two tables on one page apart, top one first, each with its own words', async () => {
    const second: TableSpec = {
      x: 300,
      y: 560,
      colWidths: [220, 220],
      rowHeights: [60, 100],
      cells: [
        { row: 0, col: 0, lines: ['Left'] },
        { row: 0, col: 1, lines: ['Right'] },
        { row: 1, col: 0, lines: ['two', 'lines'] },
        { row: 1, col: 1, lines: ['x'] },
      ],
    };
    const tables = await detect(page([second, plainGrid]));
    expect(tables.map(describeCells)).toEqual([
      [
        '0,0 1x1 Name',
        '1,0 1x1 Kim',
        '2,0 1x1 Lee',
        '3,0 1x1 Park',
        '0,1 1x1 City',
        '1,1 1x1 Seoul',
        '2,1 1x1 Busan',
        '3,1 1x1 Daegu Jung',
        '0,2 1x1 Age',
        '1,2 1x1 31',
        '2,2 1x1',
        '3,2 1x1 27',
      ],
      ['0,0 1x1 Left', '1,0 1x1 two / lines', '0,1 1x1 Right', '1,1 1x1 x'],
    ]);
  });
});
