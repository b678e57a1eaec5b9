import type { DocumentModel } from '../types.ts';

/** Between pages in documentText: a form feed, as pdftotext does, so pages split on "\f". */
export const PAGE_SEPARATOR = '\f';

/** Text of the page with this index: lines joined by "\n", paragraphs by a blank line. */
export function pageText(doc: DocumentModel, pageIndex: number): string {
  const page = doc.pages.find((p) => p.index === pageIndex);
  if (!page) return '';
  return page.paragraphIds.map((id) => doc.paragraphs[id].text).join('\n\n');
}

/** Text of all pages in page order, separated by PAGE_SEPARATOR. */
export function documentText(doc: DocumentModel): string {
  return doc.pages.map((p) => pageText(doc, p.index)).join(PAGE_SEPARATOR);
}
