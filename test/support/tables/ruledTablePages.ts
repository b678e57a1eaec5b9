import type { OcrResponse, Table } from '../../../src/clova/index.ts';
import { charErrors, type ErrorCount } from '../../../src/model/review/metrics.ts';
import { gridCells } from './detectOnPage.ts';
import { renderPage, type PageSpec, type TableSpec } from './renderPage.ts';

/**
 * Generated ruled-table pages with known cell text (issue 17): Korean and English words with digit
 * groups, the kinds of table the engine must read without rule glyphs. Specs are in PDF points
 * (72 per inch) and rendered at any dpi, so one document can be compared at 72 and 200 dpi.
 */
export interface RuledTablePage {
  name: string;
  spec: PageSpec;
  /** Clockwise degrees the finished page is turned (a skewed scan). */
  rotate: number;
}

const FONT = 'Noto Sans CJK KR';

const priceTable = (x: number, y: number): TableSpec => ({
  x,
  y,
  colWidths: [130, 60, 90, 100],
  rowHeights: [24, 24, 24, 24, 24],
  cells: gridCells([
    ['품목', '수량', '단가', '금액'],
    ['사과 부사', '3', '4,500', '13,500'],
    ['Banana', '12', '1,000', '12,000'],
    ['우유 1L', '2', '2,650', '5,300'],
    ['합계', null, null, '30,800'],
  ]),
});

const mergedTable: TableSpec = {
  x: 40,
  y: 40,
  colWidths: [110, 120, 120],
  rowHeights: [24, 24, 24, 24, 24],
  cells: [
    { row: 0, col: 0, rowSpan: 2, lines: ['구분'] },
    { row: 0, col: 1, colSpan: 2, lines: ['2024년 실적'] },
    { row: 1, col: 1, lines: ['상반기'] },
    { row: 1, col: 2, lines: ['하반기'] },
    { row: 2, col: 0, rowSpan: 2, lines: ['매출액'] },
    { row: 2, col: 1, lines: ['1,250,000'] },
    { row: 2, col: 2, lines: ['1,480,000'] },
    { row: 3, col: 1, lines: ['Seoul 820'] },
    { row: 3, col: 2, lines: ['Busan 415'] },
    { row: 4, col: 0, lines: ['영업이익'] },
    { row: 4, col: 1, lines: ['96,300'] },
    { row: 4, col: 2, lines: ['101,700'] },
  ],
};

const staffTable = (x: number, y: number): TableSpec => ({
  x,
  y,
  colWidths: [90, 120, 110],
  rowHeights: [24, 24, 24, 24],
  cells: gridCells([
    ['이름', '부서', '연락처'],
    ['김현주', 'Sales', '010-2345-6789'],
    ['Lee Minho', '개발팀', '02-318-7700'],
    ['박서연', '총무팀', '1588-1234'],
  ]),
});

const page = (tables: TableSpec[], height: number): PageSpec => ({
  width: 500,
  height,
  fontSize: 10,
  font: FONT,
  tables,
});

export const RULED_TABLE_PAGES: readonly RuledTablePage[] = [
  { name: 'plain', spec: page([priceTable(40, 40)], 200), rotate: 0 },
  { name: 'merged', spec: page([mergedTable], 200), rotate: 0 },
  { name: 'rotated3', spec: page([priceTable(40, 50)], 230), rotate: 3 },
  { name: 'two-tables', spec: page([staffTable(40, 30), priceTable(40, 160)], 320), rotate: 0 },
];

/** The spec scaled from points to pixels at `dpi`. */
export function atDpi(spec: PageSpec, dpi: number): PageSpec {
  const k = dpi / 72;
  const px = (v: number) => Math.round(v * k);
  return {
    ...spec,
    width: px(spec.width),
    height: px(spec.height),
    fontSize: spec.fontSize * k,
    tables: spec.tables.map((t) => ({
      ...t,
      x: px(t.x),
      y: px(t.y),
      colWidths: t.colWidths.map(px),
      rowHeights: t.rowHeights.map(px),
      // A hairline of 0.75 pt, at least one pixel, as PDF producers draw table rules.
      stroke: Math.max(1, Math.round(0.75 * k)),
    })),
    texts: spec.texts?.map((t) => ({ ...t, x: px(t.x), y: px(t.y), fontSize: t.fontSize && t.fontSize * k })),
  };
}

/** The page as a PNG at `dpi`. */
export async function renderRuledTablePage(p: RuledTablePage, dpi: number): Promise<Buffer> {
  return (await renderPage(atDpi(p.spec, dpi), p.rotate)).png;
}

/** Every known word of the page (cell lines split on spaces). */
export function knownWords(spec: PageSpec): string[] {
  return spec.tables.flatMap((t) => t.cells.flatMap((c) => c.lines.flatMap((l) => l.split(' '))));
}

/** The text of a response cell: its lines' words, joined by spaces. */
const cellText = (t: Table, row: number, col: number): string =>
  (t.cells.find((c) => c.rowIndex === row && c.columnIndex === col)?.cellTextLines ?? [])
    .map((l) => l.cellWords.map((w) => w.inferText).join(' '))
    .join(' ');

/** Character errors of one spec table's cells read from one response table (by row and column). */
function tableErrors(spec: TableSpec, table: Table | undefined): ErrorCount {
  let errors = 0;
  let length = 0;
  for (const cell of spec.cells) {
    const e = charErrors(cell.lines.join(' '), table ? cellText(table, cell.row, cell.col) : '');
    errors += e.errors;
    length += e.length;
  }
  return { errors, length };
}

/**
 * Cell-level character errors of a response against the page's spec: each spec table is paired
 * with the response table that reads it best (tables missing from the response count every
 * character as an error).
 */
export function cellErrors(spec: PageSpec, res: OcrResponse): ErrorCount {
  const tables = res.images[0]?.tables ?? [];
  let errors = 0;
  let length = 0;
  for (const t of spec.tables) {
    const best = [undefined, ...tables]
      .map((table) => tableErrors(t, table))
      .reduce((a, b) => (b.errors < a.errors ? b : a));
    errors += best.errors;
    length += best.length;
  }
  return { errors, length };
}

const RULE_GLYPHS = /[|ㅣ丨│┃]/u;
const RULE_LIKE_WORD = /^[|ㅣlI1[\]!丨│┃]+$/u;

/**
 * Words of the response that are rule glyphs: any `|` or `ㅣ` (no known word has one), and words
 * made only of rule-like glyphs (`l`, `I`, `1`, `[`) that are not known words of the page.
 */
export function ruleGlyphWords(spec: PageSpec, res: OcrResponse): string[] {
  const known = new Set(knownWords(spec));
  const image = res.images[0];
  const words = [
    ...(image?.fields ?? []).map((f) => f.inferText),
    ...(image?.tables ?? []).flatMap((t) =>
      t.cells.flatMap((c) => c.cellTextLines.flatMap((l) => l.cellWords.map((w) => w.inferText))),
    ),
  ];
  return words.filter((w) => RULE_GLYPHS.test(w) || (RULE_LIKE_WORD.test(w) && !known.has(w)));
}
