import type { BoundingPoly, Table } from '../../../src/clova/index.ts';
import { detectTables } from '../../../src/server/engines/tesseract/tables/detectTables.ts';
import { renderPage, type PageSpec, type SpecCell, type TableSpec } from './renderPage.ts';

/** Synthetic pages for the table detector's tests, and what they check on its tables. */

/** Cells for a grid where every position holds its own text (null = empty cell). */
export function gridCells(texts: (string | null)[][]): SpecCell[] {
  return texts.flatMap((row, r) => row.map((t, c) => ({ row: r, col: c, lines: t === null ? [] : [t] })));
}

export const plainGrid: TableSpec = {
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

export const page = (tables: TableSpec[], extra: Partial<PageSpec> = {}): PageSpec => ({
  width: 1200,
  height: 1000,
  fontSize: 24,
  tables,
  ...extra,
});

export async function detect(spec: PageSpec, rotate = 0): Promise<Table[]> {
  const { gray, words } = await renderPage(spec, rotate);
  return detectTables(gray, words);
}

export function allPolys(table: Table): BoundingPoly[] {
  return [
    table.boundingPoly,
    ...table.cells.flatMap((c) => [
      c.boundingPoly,
      ...c.cellTextLines.flatMap((l) => [l.boundingPoly, ...l.cellWords.map((w) => w.boundingPoly)]),
    ]),
  ];
}

/** Twice the signed area; positive means clockwise on screen (y grows downwards). */
export function signedArea({ vertices: v }: BoundingPoly): number {
  return v.reduce((s, p, i) => s + p.x * v[(i + 1) % v.length].y - v[(i + 1) % v.length].x * p.y, 0);
}
