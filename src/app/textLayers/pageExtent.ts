import { unionBounds } from '../../model/geometry/geometry.ts';
import type { Bounds, DocumentModel } from '../../model/index.ts';

/** Where a page's feature layers can draw: the page and any word box past its edges, with a margin. */
export function pageExtent(doc: DocumentModel, pageIndex: number): Bounds | null {
  const page = doc.pages.find((p) => p.index === pageIndex);
  if (!page) return null;
  const b = unionBounds([
    { minX: 0, minY: 0, maxX: page.width, maxY: page.height },
    ...page.wordIds.map((id) => doc.words[id].bounds),
  ]);
  // Numbers and arrowheads of the reading order reach a little past the boxes.
  const m = 0.02 * Math.max(page.width, page.height);
  return { minX: b.minX - m, minY: b.minY - m, maxX: b.maxX + m, maxY: b.maxY + m };
}
