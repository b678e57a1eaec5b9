import { describe, expect, it } from 'vitest';
import { ChangeRequestSchema, ChangeSchema, GroundTruthSchema } from './schema.ts';
import { gtOf } from './gt.testutil.ts';

describe('ground-truth schemas', () => {
  it('accepts a ground truth and keeps unknown keys (CLOVA adds some)', () => {
    const gt = gtOf([['a', 'b']]);
    const raw = JSON.parse(JSON.stringify({ ...gt, originalFileName: 'x.png' }));
    raw.images[0].fields[0].futureKey = 1;
    const back = GroundTruthSchema.parse(raw);
    expect(back).toMatchObject({ revision: 0, originalFileName: 'x.png' });
    expect(back.images[0].fields[0]).toMatchObject({ id: 'p0.w0', review: 'unreviewed', futureKey: 1 });
  });

  it('refuses duplicate ids, unknown review states, bad ids and a missing revision', () => {
    const gt = JSON.parse(JSON.stringify(gtOf([['a', 'b']])));
    const dup = structuredClone(gt);
    dup.images[0].fields[1].id = 'p0.w0';
    expect(GroundTruthSchema.safeParse(dup).error?.issues[0].message).toMatch(/duplicate id/);
    const state = structuredClone(gt);
    state.images[0].fields[0].review = 'approved';
    expect(GroundTruthSchema.safeParse(state).success).toBe(false);
    const id = structuredClone(gt);
    id.images[0].fields[0].id = '<script>';
    expect(GroundTruthSchema.safeParse(id).success).toBe(false);
    const { revision: _r, ...noRevision } = gt;
    expect(GroundTruthSchema.safeParse(noRevision).success).toBe(false);
  });

  it('reads change requests and refuses malformed changes', () => {
    const body = {
      baseRevision: 3,
      changes: [
        { op: 'edit', id: 'p0.w1', text: 'x' },
        {
          op: 'add',
          page: 0,
          boundingPoly: {
            vertices: [
              { x: 0, y: 0 },
              { x: 1, y: 0 },
              { x: 1, y: 1 },
            ],
          },
          text: 'y',
        },
        { op: 'merge', ids: ['a1.0', 'a1.1'] },
        { op: 'split', id: 'p0.w1', at: 2 },
      ],
    };
    expect(ChangeRequestSchema.parse(body).changes).toHaveLength(4);
    for (const bad of [
      { op: 'rename', id: 'x' },
      { op: 'edit', id: 'x' },
      { op: 'merge', ids: ['only'] },
      { op: 'split', id: 'x', at: 1.5 },
      { op: 'add', page: -1, boundingPoly: { vertices: [] }, text: 'y' },
    ]) {
      expect(ChangeSchema.safeParse(bad).success).toBe(false);
    }
    expect(ChangeRequestSchema.safeParse({ baseRevision: 0, changes: [] }).success).toBe(false);
  });
});
