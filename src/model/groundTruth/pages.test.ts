import { describe, expect, it } from 'vitest';
import { IdMaker, pagesOfImages } from './pages.ts';

describe('pages and ids', () => {
  it('places images by convertedImageInfo.pageIndex, else position, as the document model does', () => {
    const img = (pageIndex?: number) =>
      pageIndex === undefined ? {} : { convertedImageInfo: { pageIndex } };
    const { pageOf, imageOf } = pagesOfImages([img(2), img(), img(2)]);
    expect(pageOf).toEqual([2, 1, 0]);
    expect([...imageOf.entries()].sort()).toEqual([
      [0, 2],
      [1, 1],
      [2, 0],
    ]);
  });

  it('makes new ids per revision, skipping taken ones', () => {
    const ids = new IdMaker(4, new Set(['r4.1']));
    expect([ids.next(), ids.next(), ids.next()]).toEqual(['r4.0', 'r4.2', 'r4.3']);
  });
});
