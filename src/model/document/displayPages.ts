import type { DocumentModel, PageModel } from '../index.ts';
import type { PageSize } from '../../app/loaders/source.ts';

/** One page as the viewer shows it: response space (world) size, the document raster if any, and the model page if any. */
export interface DisplayPage {
  index: number;
  /** World (response space) size: the model page's, else the document page's pixels. */
  width: number;
  height: number;
  /** The opened document's page size in its own pixels, or null when there is no document page (blank page). */
  raster: PageSize | null;
  model: PageModel | null;
}

/**
 * Pages to show: every page of the opened document and every page of the response, matched by
 * index (convertedImageInfo.pageIndex). A response page without a document page is drawn blank.
 */
export function displayPages(doc: DocumentModel | null, docPages: PageSize[]): DisplayPage[] {
  const byIndex = new Map<number, PageModel>();
  for (const p of doc?.pages ?? []) byIndex.set(p.index, p);
  const maxModel = Math.max(-1, ...byIndex.keys());
  const count = Math.max(docPages.length, maxModel + 1);
  const out: DisplayPage[] = [];
  for (let i = 0; i < count; i++) {
    const model = byIndex.get(i) ?? null;
    const raster = docPages[i] ?? null;
    const size = model ?? raster ?? { width: 1, height: 1 };
    out.push({ index: i, width: size.width, height: size.height, raster, model });
  }
  return out;
}
