import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges } from './applyChanges.ts';
import { AT, gtOf, WHO } from './gt.testutil.ts';
import { inverseChanges } from './inverse.ts';
import { findField } from './places.ts';
import type { Change, ChangeLogEntry, GroundTruth } from './types.ts';

const op = fc.oneof(
  fc.record({ op: fc.constant('edit'), k: fc.nat(), text: fc.string({ minLength: 1, maxLength: 4 }) }),
  fc.record({ op: fc.constantFrom('accept', 'illegible', 'delete'), k: fc.nat() }),
  fc.record({ op: fc.constant('merge'), k: fc.nat() }),
  fc.record({ op: fc.constant('split'), k: fc.nat(), at: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constant('undo'), k: fc.nat() }),
  fc.record({ op: fc.constant('bogus'), k: fc.nat() }),
);

function change(gt: GroundTruth, d: { op: string; k: number; text?: string; at?: number }): Change {
  const ids = gt.images.flatMap((i) => i.fields.map((f) => f.id));
  const id = (k: number) => ids[k % ids.length];
  if (d.op === 'edit') return { op: 'edit', id: id(d.k), text: d.text! };
  if (d.op === 'merge') return { op: 'merge', ids: [id(d.k), id(d.k + 1)], separator: ' ' };
  if (d.op === 'split') return { op: 'split', id: id(d.k), at: d.at! };
  if (d.op === 'bogus') return { op: 'accept', id: `nope${d.k}` };
  return { op: d.op, id: id(d.k) } as Change;
}

describe('the id index a revision hands to the next draft', () => {
  it('gives what a draft indexing every field gives, after any sequence of changes and undos', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (drawn) => {
        let gt = gtOf(
          [
            ['가나', 'abc', 'de'],
            ['xyz', 'uvw'],
          ],
          [['one', 'two']],
        );
        const done: ChangeLogEntry[][] = [];
        for (const d of drawn) {
          const changes =
            d.op === 'undo' ? (done.length ? inverseChanges(done.pop()!) : null) : [change(gt, d)];
          if (!changes) continue;
          // A structured clone is a ground truth no draft has indexed (as one read from the store).
          const fresh = applyChanges(structuredClone(gt), gt.revision, changes, WHO, AT);
          const kept = applyChanges(gt, gt.revision, changes, WHO, AT);
          expect(kept).toEqual(fresh);
          if (kept.kind !== 'applied') continue;
          if (d.op !== 'undo') done.push(kept.entries);
          gt = kept.groundTruth;
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is not trusted when the pages were changed in place after the fact', () => {
    const gt = gtOf([['a', 'b', 'c']]);
    const r = applyChanges(gt, 0, [{ op: 'accept', id: 'p0.w0' }], WHO, AT);
    if (r.kind !== 'applied') throw new Error(r.kind);
    const fields = r.groundTruth.images[0].fields;
    fields.reverse();
    const moved = { ...fields[0], id: 'moved' };
    fields.push(moved);
    const again = applyChanges(
      r.groundTruth,
      1,
      [
        { op: 'edit', id: 'p0.w2', text: 'C' },
        { op: 'accept', id: 'moved' },
      ],
      WHO,
      AT,
    );
    if (again.kind !== 'applied') throw new Error(JSON.stringify(again));
    expect(again.groundTruth.images[0].fields.map((f) => f.inferText)).toEqual(['C', 'b', 'a', 'c']);
    expect(again.entries.map((e) => e.index)).toEqual([0, 3]);
  });
});

describe('findField', () => {
  it('finds a field through the kept index, and by a scan without one or when it is stale', () => {
    const gt = gtOf([['a', 'b', 'c']], [['d']]);
    expect(findField(gt.images, 'p1.w0')?.inferText).toBe('d');
    const r = applyChanges(gt, 0, [{ op: 'edit', id: 'p0.w1', text: 'B' }], WHO, AT);
    if (r.kind !== 'applied') throw new Error(r.kind);
    expect(findField(r.groundTruth.images, 'p0.w1')?.inferText).toBe('B');
    r.groundTruth.images[0].fields.reverse();
    expect(findField(r.groundTruth.images, 'p0.w2')?.inferText).toBe('c');
    expect(findField(r.groundTruth.images, 'nope')).toBeNull();
  });
});
