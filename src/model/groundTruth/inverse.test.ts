import { describe, expect, it } from 'vitest';
import { rect } from '../words.testutil.ts';
import { applyChanges } from './applyChanges.ts';
import { AT, bp, gtOf, WHO } from './gt.testutil.ts';
import { inverseChanges } from './inverse.ts';
import type { ApplyResult, Change, GroundTruth } from './types.ts';

const applied = (r: ApplyResult) => {
  if (r.kind !== 'applied') throw new Error(`expected applied, got ${JSON.stringify(r)}`);
  return r;
};
const run = (gt: GroundTruth, changes: Change[]) => applyChanges(gt, gt.revision, changes, WHO, AT);

describe('inverseChanges', () => {
  it('undoes and redoes every kind of change exactly', () => {
    const gt = gtOf([['one', 'two', 'three'], ['four']]);
    const batch: Change[] = [
      { op: 'edit', id: 'p0.w0', text: 'One' },
      { op: 'accept', id: 'p0.w1' },
      { op: 'delete', id: 'p0.w3' },
      { op: 'add', page: 0, boundingPoly: bp(rect(270, 0, 40, 20)), text: 'x' },
      { op: 'merge', ids: ['p0.w1', 'p0.w2'] },
      { op: 'split', id: 'p0.w0', at: 1 },
      { op: 'illegible', id: 'r1.0' },
    ];
    const done = applied(run(gt, batch));
    const undone = applied(run(done.groundTruth, inverseChanges(done.entries)));
    expect(undone.groundTruth.images).toEqual(gt.images);
    expect(undone.groundTruth.revision).toBe(2);
    const redone = applied(run(undone.groundTruth, inverseChanges(undone.entries)));
    expect(redone.groundTruth.images).toEqual(done.groundTruth.images);
  });
});
