import { describe, expect, it } from 'vitest';
import { offsetPages } from './offsetPages.ts';

describe('offsetPages', () => {
  const res = {
    version: 'V2',
    images: [
      { name: 'a', convertedImageInfo: { width: 10, height: 20, pageIndex: 1 } },
      { name: 'b', convertedImageInfo: { width: 10, height: 20 } },
      { name: 'c' },
    ],
  };
  it('shifts pageIndex by the range start without touching the original', () => {
    const out = offsetPages(res, 10) as typeof res;
    expect(
      out.images.map(
        (i) => (i as { convertedImageInfo?: { pageIndex?: number } }).convertedImageInfo?.pageIndex,
      ),
    ).toEqual([11, 10, undefined]);
    expect(res.images[0].convertedImageInfo?.pageIndex).toBe(1);
  });
  it('returns odd input unchanged', () => {
    expect(offsetPages('x', 3)).toBe('x');
    expect(offsetPages(res, 0)).toBe(res);
  });
});
