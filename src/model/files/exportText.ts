import { PAGE_SEPARATOR, pageText } from '../document/text.ts';
import type { DocumentModel } from '../types.ts';

/**
 * How pages are separated in exported text: a form feed (as pdftotext writes, and what
 * splitTruthPages reads back, so an export can be corrected into a ground-truth file), a blank
 * line, or a "=== Page N ===" heading line before each page.
 */
export type PageBreak = 'formfeed' | 'blank-line' | 'heading';

/**
 * The document as plain text: words of a line joined by spaces, lines by a newline, paragraphs
 * by a blank line (pageText), pages by `pageBreak`. Ends with a newline, as text files do.
 */
export function documentPlainText(doc: DocumentModel, pageBreak: PageBreak = 'formfeed'): string {
  const pages = doc.pages.map((p) => pageText(doc, p.index));
  let body: string;
  if (pageBreak === 'heading') {
    body = doc.pages.map((p, k) => `=== Page ${p.index + 1} ===\n${pages[k]}`).join('\n\n');
  } else {
    body = pages.join(pageBreak === 'formfeed' ? PAGE_SEPARATOR : '\n\n\n');
  }
  return body.length > 0 ? `${body}\n` : '';
}
