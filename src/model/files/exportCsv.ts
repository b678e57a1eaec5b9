import { tableGrid } from '../document/tables.ts';
import type { DocumentModel } from '../types.ts';

export interface CsvOptions {
  /** A merged cell's text in every slot it covers ('repeat'), or only in its top-left slot ('blank'). */
  spans: 'repeat' | 'blank';
  /** Start with a UTF-8 byte order mark, which Excel needs to read Korean, Japanese or Chinese. */
  bom?: boolean;
}

const NEEDS_QUOTES = /[",\r\n]/;

/** One RFC 4180 field: quoted when it holds a quote, comma or line break; quotes doubled. */
export const csvField = (s: string): string => (NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * A table as RFC 4180 CSV: one record per grid row, CRLF between records, the cell text as is
 * (its lines joined by "\n" inside a quoted field). Holes in the grid are empty fields. Empty
 * for an unknown table id.
 */
export function tableToCsv(doc: DocumentModel, tableId: number, opts: CsvOptions): string {
  const grid = tableGrid(doc, tableId);
  if (grid.length === 0) return '';
  const cols = grid[0].length;
  const text: string[][] = grid.map(() => new Array<string>(cols).fill(''));
  grid.forEach((row, r) =>
    row.forEach((slot, c) => {
      if (!slot || slot.cellId < 0) return;
      const value = doc.cells[slot.cellId].text;
      const rows = opts.spans === 'repeat' ? slot.rowSpan : 1;
      const spanCols = opts.spans === 'repeat' ? slot.colSpan : 1;
      for (let i = r; i < r + rows; i++) for (let k = c; k < c + spanCols; k++) text[i][k] = value;
    }),
  );
  const body = text.map((row) => row.map(csvField).join(',')).join('\r\n');
  return `${opts.bom ? '\uFEFF' : ''}${body}\r\n`;
}

/** A download name for a table: "<base>-p<page>-t<n>.csv", page and table numbered from 1. */
export function tableCsvName(doc: DocumentModel, tableId: number, base: string): string {
  const table = doc.tables[tableId];
  if (!table) return `${base}.csv`;
  const page = doc.pages.find((p) => p.index === table.pageIndex);
  const n = page ? page.tableIds.indexOf(tableId) + 1 : table.tableIndex + 1;
  return `${base}-p${table.pageIndex + 1}-t${n}.csv`;
}
