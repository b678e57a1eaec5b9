import { matchByOverlap, pageScale, scaleBounds } from './align.ts';
import type { CellModel, DocumentModel, PageModel } from '../types.ts';

export interface TableCounts {
  tables: number;
  cells: number;
}

/** A cell whose text differs between the runs; null where the other run has no such cell. */
export interface CellChange {
  aCellId: number | null;
  bCellId: number | null;
}

export interface TableDiff {
  pageIndex: number;
  a: TableCounts;
  b: TableCounts;
  /** Number of cell texts that differ (= changedCells.length). */
  cellTextChanges: number;
  changedCells: CellChange[];
}

/** Tables, and cells of tables with different grids, pair up from this overlap on. */
const TABLE_IOU = 0.3;
const CELL_IOU = 0.5;

const sameText = (p: string, q: string): boolean => p.normalize('NFC') === q.normalize('NFC');

/**
 * Table differences of one page (either page may be absent). Tables pair up by overlap; in a
 * pair with the same grid, cells pair up by row and column, else by overlap. A paired cell
 * counts when its text differs; an unpaired cell (in an unpaired table too) counts when it
 * holds text, since an empty cell that only one run split off changes no content.
 */
export function diffPageTables(
  a: DocumentModel,
  pa: PageModel | undefined,
  b: DocumentModel,
  pb: PageModel | undefined,
): TableDiff {
  const tablesA = pa?.tableIds.map((id) => a.tables[id]) ?? [];
  const tablesB = pb?.tableIds.map((id) => b.tables[id]) ?? [];
  const [sx, sy] = pageScale(pa, pb);
  const changes: CellChange[] = [];
  const m = matchByOverlap(
    tablesA.map((t) => t.bounds),
    tablesB.map((t) => scaleBounds(t.bounds, sx, sy)),
    TABLE_IOU,
  );
  for (const { i, j } of m.pairs) {
    const ta = tablesA[i];
    const tb = tablesB[j];
    const cellsA = ta.cellIds.map((id) => a.cells[id]);
    const cellsB = tb.cellIds.map((id) => b.cells[id]);
    const sameGrid = ta.rowCount === tb.rowCount && ta.columnCount === tb.columnCount;
    const pairs = sameGrid ? pairBySlot(cellsA, cellsB) : pairByOverlap(cellsA, cellsB, sx, sy);
    for (const [ca, cb] of pairs) {
      if (ca && cb ? !sameText(ca.text, cb.text) : (ca ?? cb)!.text.length > 0) {
        changes.push({ aCellId: ca?.id ?? null, bCellId: cb?.id ?? null });
      }
    }
  }
  for (const i of m.onlyA)
    for (const id of tablesA[i].cellIds) if (a.cells[id].text) changes.push({ aCellId: id, bCellId: null });
  for (const j of m.onlyB)
    for (const id of tablesB[j].cellIds) if (b.cells[id].text) changes.push({ aCellId: null, bCellId: id });
  return {
    pageIndex: (pa ?? pb)?.index ?? 0,
    a: countOf(a, tablesA.length, pa),
    b: countOf(b, tablesB.length, pb),
    cellTextChanges: changes.length,
    changedCells: changes,
  };
}

function countOf(doc: DocumentModel, tables: number, page: PageModel | undefined): TableCounts {
  let cells = 0;
  for (const id of page?.tableIds ?? []) cells += doc.tables[id].cellIds.length;
  return { tables, cells };
}

type CellPair = [CellModel | null, CellModel | null];

function pairBySlot(cellsA: readonly CellModel[], cellsB: readonly CellModel[]): CellPair[] {
  const key = (c: CellModel) => `${c.rowIndex},${c.columnIndex}`;
  const inB = new Map<string, CellModel>();
  for (const c of cellsB) if (!inB.has(key(c))) inB.set(key(c), c);
  const out: CellPair[] = [];
  const used = new Set<CellModel>();
  for (const ca of cellsA) {
    const cb = inB.get(key(ca));
    if (cb && !used.has(cb)) {
      used.add(cb);
      out.push([ca, cb]);
    } else {
      out.push([ca, null]);
    }
  }
  for (const cb of cellsB) if (!used.has(cb)) out.push([null, cb]);
  return out;
}

function pairByOverlap(
  cellsA: readonly CellModel[],
  cellsB: readonly CellModel[],
  sx: number,
  sy: number,
): CellPair[] {
  const m = matchByOverlap(
    cellsA.map((c) => c.bounds),
    cellsB.map((c) => scaleBounds(c.bounds, sx, sy)),
    CELL_IOU,
  );
  return [
    ...m.pairs.map(({ i, j }): CellPair => [cellsA[i], cellsB[j]]),
    ...m.onlyA.map((i): CellPair => [cellsA[i], null]),
    ...m.onlyB.map((j): CellPair => [null, cellsB[j]]),
  ];
}
