import { describe, expect, it } from 'vitest';
import { applyChanges } from './applyChanges.ts';
import { AT, gtOf, WHO } from './gt.testutil.ts';
import { reviewProgress } from './progress.ts';

describe('reviewProgress', () => {
  it('counts reviewed words per page and for the document', () => {
    const gt = gtOf([['a', 'b', 'c']], [['d', 'e']]);
    expect(reviewProgress(gt)).toEqual({
      pages: [
        { page: 0, reviewed: 0, total: 3 },
        { page: 1, reviewed: 0, total: 2 },
      ],
      reviewed: 0,
      total: 5,
    });
    const r = applyChanges(
      gt,
      0,
      [
        { op: 'accept', id: 'p0.w0' },
        { op: 'delete', id: 'p1.w1' },
        { op: 'edit', id: 'p1.w0', text: 'D' },
      ],
      WHO,
      AT,
    );
    if (r.kind !== 'applied') throw new Error(r.kind);
    expect(reviewProgress(r.groundTruth)).toMatchObject({
      reviewed: 3,
      total: 5,
      pages: [{ reviewed: 1 }, { reviewed: 2 }],
    });
  });
});
