import { describe, expect, it } from 'vitest';
import { describeCells } from '../../../../../test/support/tables/describeTable.ts';
import {
  gridCells,
  plainGrid,
  page,
  detect,
  allPolys,
  signedArea,
} from '../../../../../test/support/tables/detectOnPage.ts';

describe('detectTables on harder pages', () => {
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
