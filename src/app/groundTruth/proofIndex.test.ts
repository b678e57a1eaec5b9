import { describe, expect, it } from 'vitest';
import { gtOf } from '../../model/groundTruth/gt.testutil.ts';
import { applyChanges, liveView, proofreadingOrder } from '../../model/groundTruth/index.ts';
import type { Change, GroundTruth, LiveView } from '../../model/groundTruth/index.ts';
import { proofIndex, sameWalk } from './proofIndex.ts';

const apply = (gt: GroundTruth, changes: Change[]): GroundTruth => {
  const r = applyChanges(gt, gt.revision, changes, 'T', '2026-01-01T00:00:00Z');
  if (r.kind !== 'applied') throw new Error(r.kind);
  return r.groundTruth;
};

/** The index answers what a walk built from scratch answers, on every page and in both orders. */
function expectWalks(view: LiveView) {
  const ix = proofIndex(view.doc, view.live);
  for (const page of view.doc.pages)
    for (const order of ['reading', 'confidence'] as const) {
      const ids = proofreadingOrder(view, page.index, order);
      expect(ix.order(page.index, order)).toEqual(ids);
      ids.forEach((id, k) => {
        expect(ix.wordOf(id)).toBe(view.doc.words.find((w) => ix.fieldOf(w).id === id));
        expect(ix.step(id, order, 1)).toBe(ids[k + 1] ?? null);
      });
    }
}

describe('the proofreading index after a change', () => {
  const start = gtOf([['a', 'bc', 'd'], ['e']], [['f', 'g']]);

  it('after an edit or accept takes over the walks (same words, same places) and reads the new text', () => {
    const v0 = liveView(start);
    expectWalks(v0);
    const v1 = liveView(apply(start, [{ op: 'edit', id: 'p0.w1', text: 'B' }]), {}, v0);
    expect(sameWalk(v0, v1.doc, v1.live)).toBe(true);
    expectWalks(v1);
    expect(proofIndex(v1.doc, v1.live).wordOf('p0.w1')?.text).toBe('B');
    const v2 = liveView(
      apply(apply(start, [{ op: 'edit', id: 'p0.w1', text: 'B' }]), [{ op: 'accept', id: 'p1.w0' }]),
      {},
      v1,
    );
    expect(v2.doc).toBe(v1.doc);
    expect(sameWalk(v1, v2.doc, v2.live)).toBe(true);
    expectWalks(v2);
  });

  it('after a merge, split or delete builds them again', () => {
    const v0 = liveView(start);
    expectWalks(v0);
    for (const change of [
      { op: 'merge', ids: ['p0.w0', 'p0.w1'], separator: ' ' },
      { op: 'split', id: 'p0.w1', at: 1 },
      { op: 'delete', id: 'p0.w3' },
    ] as Change[]) {
      const v = liveView(apply(start, [change]), {}, v0);
      expect(sameWalk(v0, v.doc, v.live)).toBe(false);
      expectWalks(v);
    }
  });
});
