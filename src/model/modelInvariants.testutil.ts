import { expect } from 'vitest';
import type { DocumentModel, Point } from './types.ts';

/**
 * Test-only: structural promises every DocumentModel keeps, whatever it was built from. Collects
 * the broken ones (one expect per model keeps property tests fast).
 */
export function modelProblems(doc: DocumentModel): string[] {
  const out: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) out.push(what);
  };
  const finitePoly = (poly: Point[]) => poly.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  doc.words.forEach((w, i) => {
    check(w.id === i, `word ${i}: id ${w.id}`);
    check(w.poly.length > 0 && finitePoly(w.poly), `word ${i}: poly`);
    check(w.confidence >= 0 && w.confidence <= 1, `word ${i}: confidence ${w.confidence}`);
    check(typeof w.text === 'string', `word ${i}: text`);
    check(doc.lines[w.lineId]?.wordIds.includes(i) ?? false, `word ${i}: line ${w.lineId}`);
    check(doc.paragraphs[w.paragraphId]?.lineIds.includes(w.lineId) ?? false, `word ${i}: paragraph`);
  });
  doc.lines.forEach((l, i) => {
    check(l.id === i, `line ${i}: id`);
    check(l.wordIds.length > 0 && finitePoly(l.poly) && Number.isFinite(l.confidence), `line ${i}: shape`);
    check(doc.paragraphs[l.paragraphId]?.lineIds.includes(i) ?? false, `line ${i}: paragraph`);
  });
  doc.paragraphs.forEach((p, i) => check(p.id === i && finitePoly(p.poly), `paragraph ${i}`));
  doc.tables.forEach((t, i) => check(t.id === i && finitePoly(t.poly), `table ${i}`));
  doc.cells.forEach((c, i) => {
    const t = doc.tables[c.tableId];
    check(c.id === i && (t?.cellIds.includes(i) ?? false), `cell ${i}: table`);
    check(
      c.rowIndex + c.rowSpan <= t.rowCount && c.columnIndex + c.columnSpan <= t.columnCount,
      `cell ${i}: outside its table's grid`,
    );
  });
  const seen = new Set<number>();
  let previous = -Infinity;
  for (const page of doc.pages) {
    check(page.index > previous, `page ${page.index}: order`);
    previous = page.index;
    check(
      page.width > 0 && page.height > 0 && Number.isFinite(page.width * page.height),
      `page ${page.index}: size`,
    );
    for (const id of page.wordIds) {
      check(doc.words[id]?.pageIndex === page.index, `page ${page.index}: word ${id}`);
      seen.add(id);
    }
    for (const id of page.lineIds)
      check(doc.lines[id]?.pageIndex === page.index, `page ${page.index}: line ${id}`);
    for (const id of page.paragraphIds)
      check(doc.paragraphs[id]?.pageIndex === page.index, `page: paragraph ${id}`);
    for (const id of page.tableIds) check(doc.tables[id]?.pageIndex === page.index, `page: table ${id}`);
  }
  const listed = doc.pages.reduce((n, p) => n + p.wordIds.length, 0);
  check(seen.size === doc.words.length && listed === doc.words.length, 'every word on exactly one page');
  return out;
}

export function expectConsistent(doc: DocumentModel): void {
  expect(modelProblems(doc)).toEqual([]);
}
