import { describe, expect, it } from 'vitest';
import { applyChanges } from './applyChanges.ts';
import { fromRun } from './fromRun.ts';
import { AT, run, WHO } from './gt.testutil.ts';
import { reviewProgress } from './progress.ts';
import { acceptRestOfPage, proofreadingOrder, viewOf } from './walk.ts';

describe('proofreading walk', () => {
  const gt = fromRun(
    run([
      [
        { text: 'a', x: 0, y: 0, conf: 0.9 },
        { text: 'b', x: 90, y: 0, conf: 0.2, lineBreak: true },
        { text: 'c', x: 0, y: 40, conf: 0.5 },
        { text: 'd', x: 90, y: 40, conf: 0.2, lineBreak: true },
      ],
      [{ text: 'e', x: 0, y: 0, lineBreak: true }],
    ]),
  );

  it('walks in reading order or lowest confidence first, optionally only what is pending', () => {
    const view = viewOf(gt);
    expect(proofreadingOrder(view, 0, 'reading')).toEqual(['p0.w0', 'p0.w1', 'p0.w2', 'p0.w3']);
    expect(proofreadingOrder(view, 0, 'confidence')).toEqual(['p0.w1', 'p0.w3', 'p0.w2', 'p0.w0']);
    const r = applyChanges(gt, 0, [{ op: 'accept', id: 'p0.w1' }], WHO, AT);
    if (r.kind !== 'applied') throw new Error(r.kind);
    expect(proofreadingOrder(viewOf(r.groundTruth), 0, 'confidence', true)).toEqual([
      'p0.w3',
      'p0.w2',
      'p0.w0',
    ]);
    expect(proofreadingOrder(view, 9, 'reading')).toEqual([]);
  });

  it('accepts the rest of a page and nothing on other pages', () => {
    const first = applyChanges(gt, 0, [{ op: 'edit', id: 'p0.w0', text: 'A' }], WHO, AT);
    if (first.kind !== 'applied') throw new Error(first.kind);
    const rest = acceptRestOfPage(first.groundTruth, 0);
    expect(rest).toEqual(['p0.w1', 'p0.w2', 'p0.w3'].map((id) => ({ op: 'accept', id })));
    const done = applyChanges(first.groundTruth, 1, rest, WHO, AT);
    if (done.kind !== 'applied') throw new Error(done.kind);
    expect(reviewProgress(done.groundTruth).pages).toEqual([
      { page: 0, reviewed: 4, total: 4 },
      { page: 1, reviewed: 0, total: 1 },
    ]);
    expect(acceptRestOfPage(gt, 5)).toEqual([]);
  });
});
