import { unionBounds } from '../../model/geometry/geometry.ts';
import type { Bounds, DocumentModel, PageModel } from '../../model/index.ts';

/**
 * Kept per page object: a model patched after a text edit shares its pages (and their boxes), so
 * the union of 20,000 boxes is not taken again after every proofreading edit.
 */
const cache = new WeakMap<PageModel, Bounds>();

/** Where a page's feature layers can draw: the page and any word box past its edges, with a margin. */
export function pageExtent(doc: DocumentModel, pageIndex: number): Bounds | null {
  const page = doc.pages.find((p) => p.index === pageIndex);
  if (!page) return null;
  const hit = cache.get(page);
  if (hit) return hit;
  const b = unionBounds([
    { minX: 0, minY: 0, maxX: page.width, maxY: page.height },
    ...page.wordIds.map((id) => doc.words[id].bounds),
  ]);
  // Numbers and arrowheads of the reading order reach a little past the boxes.
  const m = 0.02 * Math.max(page.width, page.height);
  const extent = { minX: b.minX - m, minY: b.minY - m, maxX: b.maxX + m, maxY: b.maxY + m };
  cache.set(page, extent);
  return extent;
}
