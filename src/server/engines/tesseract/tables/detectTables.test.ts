import { describe, expect, it } from 'vitest';
import type { BoundingPoly, Table } from '../../../../clova/index.ts';
import { TableSchema } from '../../../../clova/index.ts';
import { detectTables } from './detectTables.ts';
import { describeCells } from '../../../../../test/support/tables/describeTable.ts';
import {
  renderPage,
  type PageSpec,
  type SpecCell,
  type TableSpec,
} from '../../../../../test/support/tables/renderPage.ts';

/** Cells for a grid where every position holds its own text (null = empty cell). */
function gridCells(texts: (string | null)[][]): SpecCell[] {
  return texts.flatMap((row, r) => row.map((t, c) => ({ row: r, col: c, lines: t === null ? [] : [t] })));
}

const plainGrid: TableSpec = {
  x: 100,
  y: 120,
  colWidths: [200, 260, 220],
  rowHeights: [60, 60, 60, 60],
  cells: gridCells([
    ['Name', 'City', 'Age'],
    ['Kim', 'Seoul', '31'],
    ['Lee', 'Busan', null],
    ['Park', 'Daegu Jung', '27'],
  ]),
};

const page = (tables: TableSpec[], extra: Partial<PageSpec> = {}): PageSpec => ({
  width: 1200,
  height: 1000,
  fontSize: 24,
  tables,
  ...extra,
});

async function detect(spec: PageSpec, rotate = 0): Promise<Table[]> {
  const { gray, words } = await renderPage(spec, rotate);
  return detectTables(gray, words);
}

function allPolys(table: Table): BoundingPoly[] {
  return [
    table.boundingPoly,
    ...table.cells.flatMap((c) => [
      c.boundingPoly,
      ...c.cellTextLines.flatMap((l) => [l.boundingPoly, ...l.cellWords.map((w) => w.boundingPoly)]),
    ]),
  ];
}

/** Twice the signed area; positive means clockwise on screen (y grows downwards). */
function signedArea({ vertices: v }: BoundingPoly): number {
  return v.reduce((s, p, i) => s + p.x * v[(i + 1) % v.length].y - v[(i + 1) % v.length].x * p.y, 0);
}

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

  it('reads a page rotated by 3 degrees, with cell polygons rotated on the original page', async () => {
    const spec = page(
      [
        {
          x: 80,
          y: 100,
          colWidths: [180, 240, 200],
          rowHeights: [56, 56, 56],
          cells: [
            { row: 0, col: 0, lines: ['구분'] },
            { row: 0, col: 1, lines: ['항목'] },
            { row: 0, col: 2, lines: ['금액'] },
            { row: 1, col: 0, rowSpan: 2, lines: ['식비'] },
            { row: 1, col: 1, lines: ['점심'] },
            { row: 1, col: 2, lines: ['9,000'] },
            { row: 2, col: 1, lines: ['저녁'] },
            { row: 2, col: 2, lines: [] },
          ],
        },
      ],
      { font: 'Noto Sans CJK KR' },
    );
    const tables = await detect(spec, 3);
    expect(tables.map(describeCells)).toEqual([
      [
        '0,0 1x1 구분',
        '1,0 2x1 식비',
        '0,1 1x1 항목',
        '1,1 1x1 점심',
        '2,1 1x1 저녁',
        '0,2 1x1 금액',
        '1,2 1x1 9,000',
        '2,2 1x1',
      ],
    ]);
    const [tl, tr] = tables[0].boundingPoly.vertices;
    const degrees = (Math.atan2(tr.y - tl.y, tr.x - tl.x) * 180) / Math.PI;
    expect(degrees).toBeGreaterThan(2.7);
    expect(degrees).toBeLessThan(3.3);
  });

  it('reads a table without left and right borders, taking its sides from where the rules end', async () => {
    const tables = await detect(
      page([
        {
          x: 100,
          y: 120,
          colWidths: [260, 300],
          rowHeights: [60, 60, 60],
          openSides: true,
          cells: gridCells([
            ['Item', 'Amount'],
            ['Rent', '500,000'],
            ['Power', null],
          ]),
        },
      ]),
    );
    expect(tables.map(describeCells)).toEqual([
      ['0,0 1x1 Item', '1,0 1x1 Rent', '2,0 1x1 Power', '0,1 1x1 Amount', '1,1 1x1 500,000', '2,1 1x1'],
    ]);
    const [tl, tr] = tables[0].boundingPoly.vertices;
    expect(Math.abs(tl.x - 100)).toBeLessThanOrEqual(2);
    expect(Math.abs(tr.x - 660)).toBeLessThanOrEqual(2);
  });

  it('returns no table for a page of plain text', async () => {
    const texts = Array.from({ length: 12 }, (_, i) => ({
      x: 80,
      y: 100 + i * 60,
      text: i % 2 ? '회의록 작성자 확인 서명 일자' : 'The quick brown fox jumps over the lazy dog 1,234',
    }));
    expect(await detect(page([], { texts }))).toEqual([]);
  });

  it('does not take the strokes of a large glyph (田) for a table when OCR read the glyph as a word', async () => {
    const body = Array.from({ length: 8 }, (_, i) => ({
      x: 100,
      y: 500 + i * 40,
      text: 'body text line 123',
    }));
    const heading = { x: 100, y: 300, text: '田畑', fontSize: 70, font: 'Noto Sans CJK KR' };
    expect(await detect(page([], { texts: [heading, ...body] }))).toEqual([]);
  });

  it('does not take underlined text or a lone box for a table', async () => {
    const spec = page([], {
      texts: [
        { x: 80, y: 120, text: 'Signature of the applicant', underline: true },
        { x: 80, y: 220, text: 'Read the terms below', underline: true },
        { x: 500, y: 220, text: 'Second underline next to it', underline: true },
        { x: 80, y: 320, text: 'Plain paragraph text that is long enough' },
      ],
      tables: [
        // One framed box: a rectangle is not a table.
        {
          x: 80,
          y: 500,
          colWidths: [500],
          rowHeights: [120],
          cells: [{ row: 0, col: 0, lines: ['Notice'] }],
        },
      ],
    });
    expect(await detect(spec)).toEqual([]);
  });

  it('lists cells column-major and gives every polygon 4 clockwise vertices', async () => {
    const tables = await detect(page([plainGrid]), 3);
    expect(tables).toHaveLength(1);
    const cells = tables[0].cells;
    const order = cells.map((c) => [c.columnIndex, c.rowIndex]);
    const sorted = [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(order).toEqual(sorted);
    for (const poly of allPolys(tables[0])) {
      expect(poly.vertices).toHaveLength(4);
      expect(signedArea(poly)).toBeGreaterThan(0);
    }
  });
});
