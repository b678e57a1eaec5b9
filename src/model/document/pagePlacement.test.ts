import { describe, expect, it } from 'vitest';
import { placePages, resolvePageSize } from './pagePlacement.ts';
import { WarningLog } from './warnings.ts';

const img = (pageIndex?: unknown) => (pageIndex === undefined ? {} : { convertedImageInfo: { pageIndex } });

describe('placePages', () => {
  it('uses convertedImageInfo.pageIndex, else the position, sorted by page', () => {
    const log = new WarningLog();
    const slots = placePages([img(3), img(), img(0)], log);
    expect(slots.map((s) => [s.pageIndex, s.imageIndex])).toEqual([
      [0, 2],
      [1, 1],
      [3, 0],
    ]);
    expect(log.count).toBe(0);
  });

  it('skips non-objects and moves bad or duplicate indexes, with warnings', () => {
    const log = new WarningLog();
    const slots = placePages([img(0), 'x', img(-1), img(0), img(2.5)], log);
    expect(slots.map((s) => [s.pageIndex, s.imageIndex])).toEqual([
      [0, 0],
      [1, 3],
      [2, 2],
      [4, 4],
    ]);
    expect(log.list()).toEqual([
      'images[1]: not an object; skipped',
      'images[2].convertedImageInfo.pageIndex: not a page index; position 2 used',
      'images[3]: page 0 already taken; placed as page 1',
      'images[4].convertedImageInfo.pageIndex: not a page index; position 4 used',
    ]);
  });
});

describe('resolvePageSize', () => {
  const extent = { minX: -2, minY: 0, maxX: 229.4, maxY: 149 };

  it('prefers convertedImageInfo, then the document, then the extent', () => {
    const log = new WarningLog();
    expect(resolvePageSize({ width: 595, height: 842 }, { width: 1, height: 1 }, extent, 'i', log)).toEqual({
      width: 595,
      height: 842,
      sizeSource: 'convertedImageInfo',
    });
    expect(resolvePageSize(undefined, { width: 233, height: 146 }, extent, 'i', log)).toEqual({
      width: 233,
      height: 146,
      sizeSource: 'document',
    });
    expect(resolvePageSize(undefined, undefined, extent, 'i', log)).toEqual({
      width: 230,
      height: 149,
      sizeSource: 'extent',
    });
    expect(resolvePageSize(undefined, undefined, null, 'i', log)).toEqual({
      width: 1,
      height: 1,
      sizeSource: 'extent',
    });
    expect(log.count).toBe(0);
  });

  it('ignores unusable sizes', () => {
    const log = new WarningLog();
    const r = resolvePageSize(
      { width: Number.NaN, height: 5 },
      { width: 0, height: 10 },
      extent,
      'images[0]',
      log,
    );
    expect(r.sizeSource).toBe('extent');
    expect(log.list()).toEqual([
      'images[0].convertedImageInfo: width/height unusable; size taken from elsewhere',
    ]);
  });
});
