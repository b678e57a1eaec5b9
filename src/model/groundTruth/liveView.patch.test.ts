import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rect } from '../words.testutil.ts';
import { buildDocument } from '../document/document.ts';
import { sameBoxes } from '../document/patch.ts';
import { applyChanges } from './applyChanges.ts';
import { AT, bp, gtOf, WHO } from './gt.testutil.ts';
import { inverseChanges } from './inverse.ts';
import { liveView } from './liveView.ts';
import type { LiveView } from './liveView.ts';
import type { Change, ChangeLogEntry, GroundTruth } from './types.ts';

/** Any change proofreading makes, against the ids the ground truth has at the time (k picks one). */
const changeArb = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('edit'),
      k: fc.nat(),
      text: fc.string({ minLength: 1, maxLength: 5 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constantFrom('accept', 'illegible', 'delete'), k: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('add'),
      page: fc.nat(1),
      x: fc.nat(400),
      y: fc.nat(200),
      text: fc.constant('new'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('merge'), k: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('split'), k: fc.nat(), at: fc.integer({ min: 1, max: 3 }) }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('undo') }) },
);
type Drawn = typeof changeArb extends fc.Arbitrary<infer T> ? T : never;

function concrete(gt: GroundTruth, d: Exclude<Drawn, { op: 'undo' }>): Change {
  const ids = gt.images.flatMap((i) => i.fields.map((f) => f.id));
  const id = (k: number) => ids[k % ids.length];
  switch (d.op) {
    case 'edit':
      return { op: 'edit', id: id(d.k), text: d.text };
    case 'add':
      return { op: 'add', page: d.page, boundingPoly: bp(rect(d.x, d.y, 30, 20)), text: d.text };
    case 'merge':
      return { op: 'merge', ids: [id(d.k), id(d.k + 1)], separator: ' ' };
    case 'split':
      return { op: 'split', id: id(d.k), at: d.at };
    default:
      return { op: d.op, id: id(d.k) } as Change;
  }
}

describe('liveView from the previous revision’s view (the model patched after a text change)', () => {
  it('equals the view built from scratch after any sequence of changes and undos', () => {
    let patchedTexts = 0;
    fc.assert(
      fc.property(fc.array(changeArb, { maxLength: 20 }), (drawn) => {
        let gt = gtOf(
          [
            ['가나', 'ab😀c', 'de'],
            ['xyz', 'uvw'],
          ],
          [['one', 'two'], ['three']],
        );
        let view: LiveView = liveView(gt);
        const done: ChangeLogEntry[][] = [];
        for (const d of drawn) {
          const changes =
            d.op === 'undo' ? (done.length ? inverseChanges(done.pop()!) : null) : [concrete(gt, d)];
          if (!changes) continue;
          const r = applyChanges(gt, gt.revision, changes, WHO, AT);
          if (r.kind !== 'applied') continue;
          // A deleted word edited or marked comes back: a word more on its page, not a text change.
          const revived = r.entries.some((e) => e.before.some((f) => f.review === 'deleted'));
          if (d.op !== 'undo') done.push(r.entries);
          gt = r.groundTruth;
          const next = liveView(gt, {}, view);
          const full = liveView(gt);
          expect(next.live).toEqual(full.live);
          expect(next.doc).toEqual(full.doc);
          expect(next.doc).toEqual(buildDocument(full.live));
          // An edit, accept or illegible keeps every box: the model is patched, not built.
          if ((d.op === 'edit' || d.op === 'accept' || d.op === 'illegible') && !revived) {
            expect(sameBoxes(view.doc, next.doc)).toBe(true);
            patchedTexts++;
          }
          view = next;
        }
      }),
      { numRuns: 200 },
    );
    expect(patchedTexts).toBeGreaterThan(100);
  });
});
