import { describe, expect, it } from 'vitest';
import { displayPages } from './displayPages.ts';
import type { DocumentModel, PageModel } from '../index.ts';

const page = (index: number, width: number, height: number): PageModel => ({
  index,
  imageIndex: 0,
  width,
  height,
  sizeSource: 'convertedImageInfo',
  inferResult: 'SUCCESS',
  message: 'SUCCESS',
  wordIds: [],
  lineIds: [],
  paragraphIds: [],
  tableIds: [],
  lineSource: 'lineBreak',
});
const doc = (pages: PageModel[]): DocumentModel => ({
  version: 'V2',
  pages,
  words: [],
  lines: [],
  paragraphs: [],
  tables: [],
  cells: [],
  warnings: [],
});

describe('displayPages', () => {
  it('uses response space for pages the response covers and document pixels elsewhere', () => {
    const out = displayPages(doc([page(1, 1190, 1684)]), [
      { width: 595, height: 842 },
      { width: 595, height: 842 },
      { width: 600, height: 800 },
    ]);
    expect(out.map((p) => [p.width, p.height, p.model?.index ?? null])).toEqual([
      [595, 842, null],
      [1190, 1684, 1],
      [600, 800, null],
    ]);
    expect(out[1].raster).toEqual({ width: 595, height: 842 });
  });
  it('draws response pages past the document (or with no document) blank', () => {
    const out = displayPages(doc([page(0, 100, 50), page(2, 10, 10)]), []);
    expect(out).toHaveLength(3);
    expect(out[0].raster).toBeNull();
    expect(out[1]).toMatchObject({ model: null, width: 1, height: 1 });
  });
  it('shows the document alone before any run', () => {
    expect(displayPages(null, [{ width: 5, height: 6 }])).toEqual([
      { index: 0, width: 5, height: 6, raster: { width: 5, height: 6 }, model: null },
    ]);
  });
});
