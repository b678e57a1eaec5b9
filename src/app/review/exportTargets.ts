import type { DocumentModel } from '../../model/index.ts';
import type { Target } from '../../model/document/target.ts';

/**
 * The table the CSV export means: the selected table (or the table of the selected cell), else
 * the only table of the document, else the first table of the page shown. Null when there are none.
 */
export function csvTable(doc: DocumentModel, selection: Target | null, pageIndex: number): number | null {
  if (selection?.kind === 'table' && doc.tables[selection.id]) return selection.id;
  if (selection?.kind === 'cell' && doc.cells[selection.id]) return doc.cells[selection.id].tableId;
  if (doc.tables.length === 1) return 0;
  return doc.pages.find((p) => p.index === pageIndex)?.tableIds[0] ?? null;
}

/** A file-name stem from the opened document (its extension dropped), for every export. */
export function exportBase(name: string | null | undefined): string {
  const stem = (name ?? '').replace(/\.[^./\\]+$/, '').trim();
  return stem.replace(/[\\/:*?"<>|]+/g, '_') || 'ocr';
}
