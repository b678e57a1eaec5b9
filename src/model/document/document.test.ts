import { describe, expect, it } from 'vitest';
import { buildDocument } from './document.ts';
import { fixtureNames, loadFixture } from '../fixtures.testutil.ts';
import { expectConsistent } from '../modelInvariants.testutil.ts';
import { tableGrid } from './tables.ts';

const names = fixtureNames();

describe('buildDocument on the real CLOVA fixtures', () => {
  it('has all seven fixtures', () => expect(names.length).toBeGreaterThanOrEqual(7));

  for (const name of names) {
    it(`${name}: one word per field, every table and cell, no warnings`, () => {
      const json = loadFixture(name);
      const doc = buildDocument(json);
      expect(doc.warnings).toEqual([]);
      expect(doc.version).toBe(json.version);
      expect(doc.pages).toHaveLength(json.images.length);
      const image = json.images[0];
      expect(doc.words).toHaveLength(image.fields.length);
      expect(doc.words.map((w) => w.text)).toEqual(
        image.fields.map((f: { inferText: string }) => f.inferText),
      );
      const tables = image.tables ?? [];
      expect(doc.tables).toHaveLength(tables.length);
      expect(doc.cells).toHaveLength(
        tables.reduce((n: number, t: { cells: unknown[] }) => n + t.cells.length, 0),
      );
      expect(doc.pages[0].inferResult).toBe('SUCCESS');
      expectConsistent(doc);
    });
  }

  it('kingmart: lines are CLOVA’s lineBreak lines (22)', () => {
    const json = loadFixture('receipt-kingmart.v2.json');
    const doc = buildDocument(json);
    const breaks = json.images[0].fields.filter((f: { lineBreak: boolean }) => f.lineBreak).length;
    expect(breaks).toBe(22);
    expect(doc.pages[0].lineSource).toBe('lineBreak');
    expect(doc.lines).toHaveLength(22);
    expect(doc.lines[0].text).toBe('(주) 킹마트');
    expect(doc.lines[1].text).toBe('사업자번호: 286-81-01771');
    expect(doc.lines.at(-1)?.text).toBe('신용카드지불: 10,540');
    for (const line of doc.lines) expect(doc.words[line.wordIds.at(-1)!].lineBreak).toBe(true);
    // No convertedImageInfo and no document: the page is as big as its boxes.
    expect(doc.pages[0].sizeSource).toBe('extent');
  });

  it('gs25 (2020, no lineBreak) and the V1 fixtures group lines by geometry and say so', () => {
    for (const name of [
      'receipt-gs25.v2-2020-no-linebreak.json',
      'business-license.v1-vertical.json',
      'nutrition-roi.v1-negative-x.json',
    ]) {
      expect(buildDocument(loadFixture(name)).pages[0].lineSource).toBe('geometry');
    }
    const gs25 = buildDocument(loadFixture('receipt-gs25.v2-2020-no-linebreak.json'));
    const texts = gs25.lines.map((l) => l.text);
    // Rotated boxes of one printed line end up together, and only together.
    expect(texts).toContain('2020/06/11 박*욱 NO: 14003');
    expect(texts).toContain('서울 영등포구 대림동 1101-7번지');
    expect(texts).toContain('미닛오렌지350 1,950');
    expect(texts).toContain('합계수량/금액 8,950');
    expect(texts[0]).toBe('가까운 행복을 만나다 GS 25');
    expect(texts.at(-1)).toBe('진심으로 고맙습L');
  });

  it('business-license: the vertical token keeps its 4 vertices as given (v0 top-right)', () => {
    const json = loadFixture('business-license.v1-vertical.json');
    const doc = buildDocument(json);
    const i = json.images[0].fields.findIndex((f: { inferText: string }) => f.inferText === 'JYODSQU');
    expect(doc.words[i].poly).toEqual(json.images[0].fields[i].boundingPoly.vertices);
    expect(doc.words[i].poly[0]).toEqual({ x: 674, y: 57 });
    const line = doc.lines[doc.words[i].lineId];
    expect(line.wordIds).toContain(i);
  });

  it('nutrition-roi: the negative x and the y past the bottom are kept', () => {
    const json = loadFixture('nutrition-roi.v1-negative-x.json');
    const doc = buildDocument(json);
    const w = doc.words.find((x) => x.text === '영양정보')!;
    expect(w.poly[0]).toEqual({ x: -2, y: 10 });
    expect(w.bounds.minX).toBe(-2);
    expect(Math.max(...doc.words.map((x) => x.bounds.maxY))).toBe(149);
    // With the opened image's size (233x146), that is the page; the boxes still stick out.
    const sized = buildDocument(json, { pageSizes: [{ width: 233, height: 146 }] });
    expect(sized.pages[0]).toMatchObject({ width: 233, height: 146, sizeSource: 'document' });
  });

  it('table-kbo: 16 cells on 6 rows × 3 columns with a rowSpan 2 cell; size from convertedImageInfo', () => {
    const doc = buildDocument(loadFixture('table-kbo.v2.json'), {
      pageSizes: [{ width: 1240, height: 1754 }],
    });
    expect(doc.pages[0]).toMatchObject({ width: 595, height: 842, sizeSource: 'convertedImageInfo' });
    const [table] = doc.tables;
    expect(table.cellIds).toHaveLength(16);
    expect([table.rowCount, table.columnCount]).toEqual([6, 3]);
    const spanning = doc.cells.filter((c) => c.rowSpan === 2);
    expect(spanning.map((c) => [c.rowIndex, c.columnIndex])).toEqual([
      [4, 0],
      [4, 1],
    ]);
    expect(spanning[0].text).toBe('제28조\n[비디오 잔뜩');
    const empty = doc.cells.find((c) => c.rowIndex === 1 && c.columnIndex === 1)!;
    expect(empty.text).toBe('');
    expect(empty.lines).toEqual([]);
  });

  it('weekly-menu: 105 cells on 21 × 5, listed column by column, come out as rows', () => {
    const doc = buildDocument(loadFixture('table-weekly-menu.v2.json'));
    const [table] = doc.tables;
    expect(table.cellIds).toHaveLength(105);
    expect([table.rowCount, table.columnCount]).toEqual([21, 5]);
    // Listed column-major: the second listed cell is row 1 of column 0.
    expect(doc.cells[table.cellIds[1]]).toMatchObject({ rowIndex: 1, columnIndex: 0 });
    const grid = tableGrid(doc, table.id);
    expect(grid).toHaveLength(21);
    const text = (r: number) => grid[r].map((g) => (g ? doc.cells[g.cellId].text : null));
    expect(text(1)).toEqual(['MON', 'TUE', 'WED', 'THU', 'FRI']);
    expect(text(0)).toEqual(['05월 19일', '05월 20일', '05월 21일', '05월 22일', '05월 23일']);
    expect(text(3)).toEqual(['비빔밥', '닭매운찜', '비지찌개', '설렁탕', '숯불돼지고기고추장볶음']);
    expect(grid.flat().every((g) => g && g.cellId >= 0 && g.rowSpan === 1)).toBe(true);
    expect(doc.cells.filter((c) => c.text === '')).toHaveLength(15);
  });

  it('doc-example: the vertical words keep their bottom-left-first vertices; the last words form a line', () => {
    const json = loadFixture('doc-example.v2-vertical.json');
    const doc = buildDocument(json);
    expect(doc.words[0].poly).toEqual(json.images[0].fields[0].boundingPoly.vertices);
    // Only the first field has lineBreak:true; the other two still make a line.
    expect(doc.lines.map((l) => l.wordIds)).toEqual([[0], [1, 2]]);
    // The line outline reads the same way as its words: upwards, v0 bottom-left.
    const [v0, v1] = doc.lines[1].poly;
    expect(v1.y).toBeLessThan(v0.y);
  });
});

describe('buildDocument pages', () => {
  const image = (pageIndex: number | undefined, text: string, extra: object = {}) => ({
    uid: 'u',
    name: 'n',
    inferResult: 'SUCCESS',
    message: 'SUCCESS',
    ...(pageIndex === undefined ? {} : { convertedImageInfo: { width: 100, height: 200, pageIndex } }),
    fields: [
      {
        boundingPoly: {
          vertices: [
            { x: 1, y: 1 },
            { x: 20, y: 1 },
            { x: 20, y: 9 },
            { x: 1, y: 9 },
          ],
        },
        inferText: text,
        inferConfidence: 0.9,
      },
    ],
    ...extra,
  });

  it('matches pages by convertedImageInfo.pageIndex, out of order, and sorts them', () => {
    const doc = buildDocument({ version: 'V2', images: [image(2, 'c'), image(0, 'a')] });
    expect(doc.pages.map((p) => [p.index, p.imageIndex])).toEqual([
      [0, 1],
      [2, 0],
    ]);
    expect(doc.words.map((w) => [w.text, w.pageIndex])).toEqual([
      ['a', 0],
      ['c', 2],
    ]);
    expectConsistent(doc);
  });

  it('falls back to the position in images[] and the document page size', () => {
    const doc = buildDocument(
      { version: 'V1', images: [image(undefined, 'a'), image(undefined, 'b')] },
      { pageSizes: [{ width: 300, height: 400 }] },
    );
    expect(doc.pages.map((p) => [p.index, p.sizeSource, p.width])).toEqual([
      [0, 'document', 300],
      [1, 'extent', 20],
    ]);
  });

  it('a FAILURE image is a page with its result and message and no words', () => {
    const failed = { ...image(0, 'x'), inferResult: 'FAILURE', message: 'Recognition failure' };
    const doc = buildDocument({ version: 'V2', images: [failed] });
    expect(doc.pages[0]).toMatchObject({
      inferResult: 'FAILURE',
      message: 'Recognition failure',
      wordIds: [],
    });
    expect(doc.words).toEqual([]);
    expect(doc.warnings.join()).toMatch(/FAILURE/);
  });

  it('a duplicate pageIndex moves to a free page, with a warning', () => {
    const doc = buildDocument({ version: 'V2', images: [image(0, 'a'), image(0, 'b')] });
    expect(doc.pages.map((p) => p.index)).toEqual([0, 1]);
    expect(doc.warnings.join()).toMatch(/already taken/);
  });
});
