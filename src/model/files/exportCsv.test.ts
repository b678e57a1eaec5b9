import { describe, expect, it } from 'vitest';
import { buildDocument } from '../document/document.ts';
import { csvField, tableCsvName, tableToCsv } from './exportCsv.ts';
import { loadFixture } from '../fixtures.testutil.ts';
import { rect } from '../words.testutil.ts';

/** A one-table page from [row, col, rowSpan, colSpan, text] cells; text lines split on "|". */
function tableDoc(cells: [number, number, number, number, string][], rows: number, cols: number) {
  const cell = ([rowIndex, columnIndex, rowSpan, columnSpan, text]: (typeof cells)[number]) => ({
    cellTextLines: text
      ? text.split('|').map((line) => ({
          boundingPoly: { vertices: rect(columnIndex * 10, rowIndex * 10, 10, 10) },
          inferConfidence: 1,
          cellWords: [
            {
              boundingPoly: { vertices: rect(columnIndex * 10, rowIndex * 10, 10, 10) },
              inferText: line,
              inferConfidence: 1,
            },
          ],
        }))
      : [],
    boundingPoly: { vertices: rect(columnIndex * 10, rowIndex * 10, columnSpan * 10, rowSpan * 10) },
    inferConfidence: 1,
    rowIndex,
    columnIndex,
    rowSpan,
    columnSpan,
  });
  return buildDocument({
    version: 'V2',
    images: [
      { inferResult: 'SUCCESS', convertedImageInfo: { width: 100, height: 100, pageIndex: 2 }, fields: [] },
      {
        inferResult: 'SUCCESS',
        convertedImageInfo: { width: 100, height: 100, pageIndex: 3 },
        fields: [],
        tables: [
          { boundingPoly: { vertices: rect(0, 0, 5, 5) }, inferConfidence: 1, cells: [] },
          {
            boundingPoly: { vertices: rect(0, 0, cols * 10, rows * 10) },
            inferConfidence: 1,
            cells: cells.map(cell),
          },
        ],
      },
    ],
  });
}

describe('csvField', () => {
  it('quotes only fields with quotes, commas or line breaks, doubling quotes', () => {
    expect(csvField('plain 텍스트')).toBe('plain 텍스트');
    expect(csvField('1,000')).toBe('"1,000"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('')).toBe('');
  });
});

describe('tableToCsv', () => {
  // A 3 × 3 grid: "합계" spans two rows, "head" two columns, one slot is a hole.
  const doc = tableDoc(
    [
      [0, 0, 2, 1, '합계'],
      [0, 1, 1, 2, 'head'],
      [1, 1, 1, 1, '1,000'],
      [2, 0, 1, 1, 'line1|line2'],
      [2, 1, 1, 1, 'say "x"'],
      [2, 2, 1, 1, ''],
    ],
    3,
    3,
  );
  const id = doc.tables[1].id;

  it('repeats span values in every covered slot', () => {
    expect(tableToCsv(doc, id, { spans: 'repeat' })).toBe(
      '합계,head,head\r\n합계,"1,000",\r\n"line1\nline2","say ""x""",\r\n',
    );
  });

  it('or leaves covered slots blank', () => {
    expect(tableToCsv(doc, id, { spans: 'blank' })).toBe(
      '합계,head,\r\n,"1,000",\r\n"line1\nline2","say ""x""",\r\n',
    );
  });

  it('adds a byte order mark on request; an unknown table is empty', () => {
    expect(tableToCsv(doc, id, { spans: 'blank', bom: true }).startsWith('\uFEFF합계')).toBe(true);
    expect(tableToCsv(doc, 99, { spans: 'blank' })).toBe('');
  });

  it('names the file by page and table number', () => {
    expect(tableCsvName(doc, id, 'scan')).toBe('scan-p4-t2.csv');
    expect(tableCsvName(doc, 99, 'scan')).toBe('scan.csv');
  });

  it('exports the real KBO table: 6 rows of 3, rowSpan 2 repeated', () => {
    const real = buildDocument(loadFixture('table-kbo.v2.json'));
    const csv = tableToCsv(real, 0, { spans: 'repeat' });
    const records = parseCsv(csv);
    expect(records).toHaveLength(real.tables[0].rowCount);
    expect(records.every((r) => r.length === real.tables[0].columnCount)).toBe(true);
    // Cell (4, 0) spans rows 4 and 5.
    const spanning = real.cells.find((c) => c.rowIndex === 4 && c.columnIndex === 0)!;
    expect(spanning.rowSpan).toBe(2);
    expect(records[4][0]).toBe(spanning.text);
    expect(records[5][0]).toBe(spanning.text);
    expect(parseCsv(tableToCsv(real, 0, { spans: 'blank' }))[5][0]).toBe('');
    // Every cell's text comes back intact through the quoting.
    for (const c of real.cells) expect(records[c.rowIndex][c.columnIndex]).toBe(c.text);
  });
});

/** A minimal RFC 4180 reader, to check that what tableToCsv writes reads back. */
function parseCsv(csv: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      out.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return out;
}
