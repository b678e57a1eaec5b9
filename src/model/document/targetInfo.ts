import type { DocumentModel, Point } from '../index.ts';
import type { Target } from './target.ts';

/** The polygon, page, text and confidence of a target (for highlighting, tooltips and the text panel). */
export interface TargetInfo {
  pageIndex: number;
  poly: Point[];
  text: string;
  confidence: number | null;
}

export function targetInfo(doc: DocumentModel, t: Target): TargetInfo | null {
  switch (t.kind) {
    case 'word': {
      const w = doc.words[t.id];
      return w ? { pageIndex: w.pageIndex, poly: w.poly, text: w.text, confidence: w.confidence } : null;
    }
    case 'line': {
      const l = doc.lines[t.id];
      return l ? { pageIndex: l.pageIndex, poly: l.poly, text: l.text, confidence: l.confidence } : null;
    }
    case 'paragraph': {
      const p = doc.paragraphs[t.id];
      return p ? { pageIndex: p.pageIndex, poly: p.poly, text: p.text, confidence: null } : null;
    }
    case 'cell': {
      const c = doc.cells[t.id];
      return c ? { pageIndex: c.pageIndex, poly: c.poly, text: c.text, confidence: c.confidence } : null;
    }
    case 'table': {
      const tb = doc.tables[t.id];
      return tb
        ? {
            pageIndex: tb.pageIndex,
            poly: tb.poly,
            text: `${tb.rowCount}×${tb.columnCount} table`,
            confidence: tb.confidence,
          }
        : null;
    }
  }
}
