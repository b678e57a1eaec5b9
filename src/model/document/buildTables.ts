import { boundsOf, quadAround } from '../geometry/geometry.ts';
import { isRecord, readArray, readConfidence, readInt, readPoly, readText } from './salvage.ts';
import type { CellLineModel, CellModel, CellWordModel, TableModel } from '../types.ts';
import type { WarningLog } from './warnings.ts';

/** Rows/columns beyond this are treated as corrupt: a grid of that size is already 10^6 slots. */
export const MAX_TABLE_DIM = 1000;

export interface TablesOut {
  tables: TableModel[];
  cells: CellModel[];
}

/**
 * Tables of one image (`images[i].tables`). Ids continue from the given first ids. Cells without a
 * usable row/column index are dropped; bad spans become 1. Cell order is kept as listed.
 */
export function buildTables(
  raw: unknown,
  at: { pageIndex: number; firstTableId: number; firstCellId: number; where: string },
  log: WarningLog,
): TablesOut {
  const out: TablesOut = { tables: [], cells: [] };
  const list = readArray(raw, `${at.where}.tables`, log, true);
  for (let t = 0; t < list.length; t++) {
    const where = `${at.where}.tables[${t}]`;
    const rawTable = list[t];
    if (!isRecord(rawTable)) {
      log.add(`${where}: not an object; skipped`);
      continue;
    }
    const tableId = at.firstTableId + out.tables.length;
    const cellIds: number[] = [];
    let rowCount = 0;
    let columnCount = 0;
    const rawCells = readArray(rawTable.cells, `${where}.cells`, log);
    for (let c = 0; c < rawCells.length; c++) {
      const cell = readCell(rawCells[c], `${where}.cells[${c}]`, log);
      if (!cell) continue;
      const id = at.firstCellId + out.cells.length;
      out.cells.push({ ...cell, id, tableId, pageIndex: at.pageIndex });
      cellIds.push(id);
      rowCount = Math.max(rowCount, cell.rowIndex + cell.rowSpan);
      columnCount = Math.max(columnCount, cell.columnIndex + cell.columnSpan);
    }
    let poly = readPoly(rawTable.boundingPoly, where, log);
    if (poly.length === 0) {
      // Fall back to an outline of the cells so the table can still be drawn and hit.
      poly = quadAround(out.cells.slice(out.cells.length - cellIds.length).map((x) => x.poly));
    }
    out.tables.push({
      id: tableId,
      pageIndex: at.pageIndex,
      tableIndex: t,
      poly,
      bounds: boundsOf(poly),
      confidence: readConfidence(rawTable.inferConfidence, where, log),
      rowCount,
      columnCount,
      cellIds,
    });
  }
  return out;
}

type CellCore = Omit<CellModel, 'id' | 'tableId' | 'pageIndex'>;

function readCell(raw: unknown, where: string, log: WarningLog): CellCore | null {
  if (!isRecord(raw)) {
    log.add(`${where}: not an object; skipped`);
    return null;
  }
  const rowIndex = readInt(raw.rowIndex, 0, MAX_TABLE_DIM - 1, `${where}.rowIndex`, log);
  const columnIndex = readInt(raw.columnIndex, 0, MAX_TABLE_DIM - 1, `${where}.columnIndex`, log);
  if (rowIndex === null || columnIndex === null) {
    log.add(`${where}: no usable position; skipped`);
    return null;
  }
  // Spans are clipped to the largest table we accept.
  const rowSpan = readInt(raw.rowSpan, 1, MAX_TABLE_DIM - rowIndex, `${where}.rowSpan`, log) ?? 1;
  const columnSpan = readInt(raw.columnSpan, 1, MAX_TABLE_DIM - columnIndex, `${where}.columnSpan`, log) ?? 1;
  const lines = readArray(raw.cellTextLines, `${where}.cellTextLines`, log)
    .map((l, i) => readCellLine(l, `${where}.cellTextLines[${i}]`, log))
    .filter((l): l is CellLineModel => l !== null);
  const poly = readPoly(raw.boundingPoly, where, log);
  return {
    rowIndex,
    columnIndex,
    rowSpan,
    columnSpan,
    poly,
    bounds: boundsOf(poly),
    confidence: readConfidence(raw.inferConfidence, where, log),
    text: lines.map((l) => l.text).join('\n'),
    lines,
  };
}

function readCellLine(raw: unknown, where: string, log: WarningLog): CellLineModel | null {
  if (!isRecord(raw)) {
    log.add(`${where}: not an object; skipped`);
    return null;
  }
  const words: CellWordModel[] = [];
  const rawWords = readArray(raw.cellWords, `${where}.cellWords`, log);
  for (let i = 0; i < rawWords.length; i++) {
    const w = rawWords[i];
    const at = `${where}.cellWords[${i}]`;
    if (!isRecord(w)) {
      log.add(`${at}: not an object; skipped`);
      continue;
    }
    words.push({
      text: readText(w.inferText, at, log),
      confidence: readConfidence(w.inferConfidence, at, log),
      poly: readPoly(w.boundingPoly, at, log),
    });
  }
  return {
    text: words.map((w) => w.text).join(' '),
    confidence: readConfidence(raw.inferConfidence, where, log),
    poly: readPoly(raw.boundingPoly, where, log),
    words,
  };
}
