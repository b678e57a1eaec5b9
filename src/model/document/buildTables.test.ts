import { describe, expect, it } from 'vitest';
import { buildTables, MAX_TABLE_DIM } from './buildTables.ts';
import { loadFixture } from '../fixtures.testutil.ts';
import { WarningLog } from './warnings.ts';

const at = { pageIndex: 2, firstTableId: 5, firstCellId: 100, where: 'images[0]' };
const square = {
  vertices: [
    { x: 0, y: 0 },
    { x: 10, y: 0 },
    { x: 10, y: 10 },
    { x: 0, y: 10 },
  ],
};
const cell = (rowIndex: unknown, columnIndex: unknown, more: object = {}) => ({
  cellTextLines: [],
  boundingPoly: square,
  inferConfidence: 1,
  rowSpan: 1,
  rowIndex,
  columnSpan: 1,
  columnIndex,
  ...more,
});

describe('buildTables', () => {
  it('reads the KBO table: ids continue, cells keep their listed order and text', () => {
    const log = new WarningLog();
    const raw = loadFixture('table-kbo.v2.json').images[0].tables;
    const { tables, cells } = buildTables(raw, at, log);
    expect(log.list()).toEqual([]);
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ id: 5, pageIndex: 2, tableIndex: 0, rowCount: 6, columnCount: 3 });
    expect(tables[0].cellIds).toEqual(Array.from({ length: 16 }, (_, i) => 100 + i));
    expect(cells[1]).toMatchObject({ id: 101, tableId: 5, rowIndex: 1, columnIndex: 0 });
    expect(cells[1].text).toBe('자동 투구 면접\n시스템(ABSI 규정');
    expect(cells[1].lines[1].words.map((w) => w.text)).toEqual(['시스템(ABSI', '규정']);
    expect(tables[0].confidence).toBeCloseTo(raw[0].inferConfidence, 12);
  });

  it('is silent when a response has no tables', () => {
    const log = new WarningLog();
    expect(buildTables(undefined, at, log)).toEqual({ tables: [], cells: [] });
    expect(log.count).toBe(0);
  });

  it('drops cells without a position, defaults bad spans to 1, clips huge spans', () => {
    const log = new WarningLog();
    const raw = [
      {
        cells: [
          cell(0, 0),
          cell(-1, 0),
          cell(0, 'a'),
          cell(1, 0, { rowSpan: 0, columnSpan: Number.NaN }),
          cell(2, 1, { rowSpan: 1e9 }),
        ],
        boundingPoly: square,
        inferConfidence: 0.9,
      },
    ];
    const { tables, cells } = buildTables(raw, at, log);
    expect(cells.map((c) => [c.rowIndex, c.columnIndex, c.rowSpan, c.columnSpan])).toEqual([
      [0, 0, 1, 1],
      [1, 0, 1, 1],
      [2, 1, 1, 1],
    ]);
    expect(tables[0].rowCount).toBe(3);
    expect(log.list().filter((w) => w.endsWith('no usable position; skipped'))).toHaveLength(2);
    expect(log.list()).toContain(
      `images[0].tables[0].cells[4].rowSpan: 1000000000 is not an integer in 1..${MAX_TABLE_DIM - 2}`,
    );
  });

  it('outlines a table without a boundingPoly from its cells', () => {
    const log = new WarningLog();
    const moved = { vertices: square.vertices.map((p) => ({ x: p.x + 20, y: p.y + 5 })) };
    const { tables } = buildTables(
      [{ cells: [cell(0, 0), cell(0, 1, { boundingPoly: moved })], inferConfidence: 1 }],
      at,
      log,
    );
    expect(tables[0].bounds).toEqual({ minX: 0, minY: 0, maxX: 30, maxY: 15 });
    expect(log.list()).toEqual(['images[0].tables[0].boundingPoly: missing or not an object']);
  });
});
