import { documentPlainText } from '../../model/files/exportText.ts';
import { tableCsvName, tableToCsv } from '../../model/files/exportCsv.ts';
import type { DocumentModel } from '../../model/index.ts';
import type { Target } from '../../model/document/target.ts';
import { download, textBlob } from '../lib/download.ts';
import { csvTable, exportBase } from './exportTargets.ts';
import { currentViewPng } from './stagePng.ts';

/** The four exports, each a download named after the opened document. */
export function exportJson(raw: unknown, name: string | null): void {
  download(`${exportBase(name)}.json`, textBlob(JSON.stringify(raw, null, 2), 'application/json'));
}

export function exportText(doc: DocumentModel, name: string | null): void {
  download(`${exportBase(name)}.txt`, textBlob(documentPlainText(doc), 'text/plain;charset=utf-8'));
}

/** False when the document has no table to export. */
export function exportCsv(
  doc: DocumentModel,
  selection: Target | null,
  pageIndex: number,
  spans: 'repeat' | 'blank',
  name: string | null,
): boolean {
  const id = csvTable(doc, selection, pageIndex);
  if (id === null) return false;
  // A BOM so Excel reads Korean, Japanese and Chinese text as UTF-8.
  const csv = tableToCsv(doc, id, { spans, bom: true });
  download(tableCsvName(doc, id, exportBase(name)), textBlob(csv, 'text/csv;charset=utf-8'));
  return true;
}

export async function exportPng(name: string | null, pageIndex: number): Promise<boolean> {
  const png = currentViewPng();
  if (!png) return false;
  download(`${exportBase(name)}-p${pageIndex + 1}.png`, await png);
  return true;
}
