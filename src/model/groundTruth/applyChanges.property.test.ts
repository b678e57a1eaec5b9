import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rect } from '../words.testutil.ts';
import { applyChanges } from './applyChanges.ts';
import { AT, bp, gtOf, WHO } from './gt.testutil.ts';
import { inverseChanges } from './inverse.ts';
import { GroundTruthSchema } from './schema.ts';
import type { Change, ChangeLogEntry, GroundTruth } from './types.ts';

/** Changes drawn against whatever ids the ground truth has at the time (k picks one), or bogus ones. */
const changeArb = fc.oneof(
  fc.record({ op: fc.constant('edit'), k: fc.nat(), text: fc.string({ minLength: 0, maxLength: 6 }) }),
  fc.record({ op: fc.constantFrom('accept', 'illegible', 'delete'), k: fc.nat() }),
  fc.record({
    op: fc.constant('add'),
    page: fc.nat(2),
    x: fc.nat(400),
    y: fc.nat(200),
    text: fc.string({ maxLength: 4 }),
  }),
  fc.record({ op: fc.constant('merge'), k: fc.nat() }),
  fc.record({ op: fc.constant('split'), k: fc.nat(), at: fc.integer({ min: -1, max: 8 }) }),
);
type Drawn = typeof changeArb extends fc.Arbitrary<infer T> ? T : never;

function concrete(gt: GroundTruth, d: Drawn): Change {
  const ids = gt.images.flatMap((i) => i.fields.map((f) => f.id));
  const id = (k: number) => (k % (ids.length + 1) === ids.length ? 'bogus' : ids[k % (ids.length + 1)]);
  switch (d.op) {
    case 'edit':
      return { op: 'edit', id: id(d.k), text: d.text };
    case 'add':
      return { op: 'add', page: d.page, boundingPoly: bp(rect(d.x, d.y, 30, 20)), text: d.text };
    case 'merge':
      return { op: 'merge', ids: [id(d.k), id(d.k + 1)] };
    case 'split':
      return { op: 'split', id: id(d.k), at: d.at };
    default:
      return { op: d.op, id: id(d.k) } as Change;
  }
}

describe('applyChanges, any sequence of changes', () => {
  it('never throws, keeps ids unique, and undoes back to where it started', () => {
    fc.assert(
      fc.property(fc.array(changeArb, { maxLength: 25 }), (drawn) => {
        const start = gtOf([['가나', 'ab😀c', 'de'], ['xyz']], [['one']]);
        let gt = start;
        const batches: ChangeLogEntry[][] = [];
        for (const d of drawn) {
          const r = applyChanges(gt, gt.revision, [concrete(gt, d)], WHO, AT);
          if (r.kind === 'conflict') throw new Error('no conflict expected');
          if (r.kind === 'invalid') continue;
          gt = r.groundTruth;
          batches.push(r.entries);
          expect(GroundTruthSchema.safeParse(gt).success).toBe(true);
        }
        for (const entries of batches.reverse()) {
          const r = applyChanges(gt, gt.revision, inverseChanges(entries), WHO, AT);
          if (r.kind !== 'applied') throw new Error(JSON.stringify(r));
          gt = r.groundTruth;
        }
        expect(gt.images).toEqual(start.images);
      }),
      { numRuns: 150, seed: 15 },
    );
  });
});
