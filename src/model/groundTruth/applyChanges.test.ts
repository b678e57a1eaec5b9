import { describe, expect, it } from 'vitest';
import { rect, rotatePoly } from '../words.testutil.ts';
import { applyChanges } from './applyChanges.ts';
import { AT, bp, field, gtOf, texts, WHO } from './gt.testutil.ts';
import type { ApplyResult, Change, GroundTruth } from './types.ts';

const applied = (r: ApplyResult) => {
  if (r.kind !== 'applied') throw new Error(`expected applied, got ${JSON.stringify(r)}`);
  return r;
};
const run = (gt: GroundTruth, changes: Change[]) => applyChanges(gt, gt.revision, changes, WHO, AT);

describe('applyChanges', () => {
  const gt = gtOf([
    ['alpha', 'betta', 'gamma'],
    ['delta', 'eps'],
  ]);

  it('edits, accepts, marks illegible and deletes, logging who, when, before and after', () => {
    const before = JSON.stringify(gt);
    const r = applied(
      run(gt, [
        { op: 'edit', id: 'p0.w1', text: 'beta' },
        { op: 'accept', id: 'p0.w0' },
        { op: 'illegible', id: 'p0.w3' },
        { op: 'delete', id: 'p0.w4' },
      ]),
    );
    expect(JSON.stringify(gt)).toBe(before);
    const out = r.groundTruth;
    expect(out.revision).toBe(1);
    expect(out.images[0].fields.map((f) => [f.inferText, f.review])).toEqual([
      ['alpha', 'accepted'],
      ['beta', 'corrected'],
      ['gamma', 'unreviewed'],
      ['delta', 'illegible'],
      ['eps', 'deleted'],
    ]);
    expect(r.entries[0]).toMatchObject({ who: WHO, at: AT, op: 'edit', revision: 1, page: 0, index: 1 });
    expect(r.entries[0].before[0].inferText).toBe('betta');
    expect(r.entries[0].after[0].inferText).toBe('beta');
  });

  it('counts re-typing the OCR text as accepting it', () => {
    const out = applied(run(gt, [{ op: 'edit', id: 'p0.w2', text: 'gamma' }])).groundTruth;
    expect(field(out, 'p0.w2').review).toBe('accepted');
  });

  it('refuses a stale revision with a conflict and applies nothing', () => {
    const next = applied(run(gt, [{ op: 'accept', id: 'p0.w0' }])).groundTruth;
    expect(applyChanges(next, 0, [{ op: 'accept', id: 'p0.w1' }], WHO, AT)).toEqual({
      kind: 'conflict',
      revision: 1,
    });
  });

  it('reports bad changes as values, never throwing, and applies none of the batch', () => {
    const bad: [Change, RegExp][] = [
      [{ op: 'edit', id: 'nope', text: 'x' }, /no field/],
      [{ op: 'edit', id: 'p0.w0', text: '  ' }, /empty/],
      [{ op: 'add', page: 7, boundingPoly: bp(rect(0, 0, 5, 5)), text: 'x' }, /no page/],
      [{ op: 'add', page: 0, boundingPoly: bp([{ x: 0, y: 0 }]), text: 'x' }, /vertices/],
      [{ op: 'merge', ids: ['p0.w0', 'p0.w2'] }, /adjacent/],
      [{ op: 'merge', ids: ['p0.w0', 'p0.w0'] }, /twice/],
      [{ op: 'split', id: 'p0.w0', at: 0 }, /not inside/],
      [{ op: 'split', id: 'p0.w0', at: 9 }, /not inside/],
      [{ op: 'restore', page: 0, index: 0, remove: [], fields: [{ ...field(gt, 'p0.w0') }] }, /in use/],
    ];
    for (const [change, message] of bad) {
      const r = run(gt, [{ op: 'accept', id: 'p0.w0' }, change]);
      expect(r.kind).toBe('invalid');
      if (r.kind === 'invalid')
        expect(r.errors).toEqual([{ change: 1, message: expect.stringMatching(message) }]);
    }
    expect(applyChanges(gt, 0, [{ op: 'accept', id: 'p0.w0' }], ' ', AT).kind).toBe('invalid');
  });

  it('adds a word in reading order, taking over the line end when it ends the line', () => {
    // Row 0 has words at x 0, 90, 180 (80 wide); one drawn at x 270 joins the end of that line.
    const r = applied(run(gt, [{ op: 'add', page: 0, boundingPoly: bp(rect(270, 0, 60, 20)), text: 'new' }]));
    const out = r.groundTruth;
    expect(texts(out)).toEqual(['alpha', 'betta', 'gamma', 'new', 'delta', 'eps']);
    const fields = out.images[0].fields;
    expect(fields[2].lineBreak).toBe(false);
    expect(fields[3]).toMatchObject({ id: 'r1.0', review: 'added', lineBreak: true, inferConfidence: 1 });
    expect(r.entries[0]).toMatchObject({
      index: 2,
      before: [{ id: 'p0.w2' }],
      after: [{ id: 'p0.w2' }, { id: 'r1.0' }],
    });
  });

  it('adds a word between two of a line, and one below everything as its own line', () => {
    const out = applied(
      run(gt, [
        { op: 'add', page: 0, boundingPoly: bp(rect(85, 42, 4, 16)), text: 'mid' },
        { op: 'add', page: 0, boundingPoly: bp(rect(0, 200, 50, 20)), text: 'foot' },
      ]),
    ).groundTruth;
    expect(texts(out)).toEqual(['alpha', 'betta', 'gamma', 'delta', 'mid', 'eps', 'foot']);
    expect(field(out, 'r1.0').lineBreak).toBe(false);
    expect(field(out, 'r1.1').lineBreak).toBe(true);
  });

  it('merges adjacent words into one with the union box', () => {
    const r = applied(run(gt, [{ op: 'merge', ids: ['p0.w1', 'p0.w0'], separator: ' ' }]));
    const f = field(r.groundTruth, 'p0.w0');
    expect(f).toMatchObject({ inferText: 'alpha betta', review: 'corrected', lineBreak: false });
    expect(f.boundingPoly.vertices).toEqual(rect(0, 0, 170, 20));
    expect(texts(r.groundTruth)).toEqual(['alpha betta', 'gamma', 'delta', 'eps']);
  });

  it('merges across a deleted word, which stays deleted', () => {
    const r = applied(
      run(gt, [
        { op: 'delete', id: 'p0.w1' },
        { op: 'merge', ids: ['p0.w0', 'p0.w2'] },
      ]),
    );
    expect(r.groundTruth.images[0].fields.map((f) => f.id)).toEqual(['p0.w0', 'p0.w1', 'p0.w3', 'p0.w4']);
    expect(field(r.groundTruth, 'p0.w0').inferText).toBe('alphagamma');
    expect(field(r.groundTruth, 'p0.w0').lineBreak).toBe(true);
  });

  it('splits a word at the caret, its box in proportion along the baseline', () => {
    const r = applied(run(gt, [{ op: 'split', id: 'p0.w0', at: 2 }]));
    const [a, b] = r.groundTruth.images[0].fields;
    expect([a.inferText, b.inferText, a.id, b.id]).toEqual(['al', 'pha', 'p0.w0', 'r1.0']);
    expect(a.boundingPoly.vertices).toEqual(rect(0, 0, 32, 20));
    expect(b.boundingPoly.vertices).toEqual(rect(32, 0, 48, 20));
    expect([a.lineBreak, b.lineBreak]).toEqual([false, false]);
  });

  it('splits a rotated word along its own direction', () => {
    const poly = rotatePoly(rect(100, 100, 100, 20), 90, { x: 100, y: 100 });
    const base = applied(run(gt, [{ op: 'add', page: 0, boundingPoly: bp(poly), text: '가나다라' }]));
    const id = base.entries[0].after.at(-1)!.id;
    const r = applied(run(base.groundTruth, [{ op: 'split', id, at: 1 }]));
    const parts = r.groundTruth.images[0].fields.filter(
      (f) => f.inferText === '가' || f.inferText === '나다라',
    );
    // Rotated 90° clockwise the text runs down: the first quarter is the top 25 px.
    const ys = (k: number) => parts[k].boundingPoly.vertices.map((v) => Math.round(v.y));
    expect(Math.min(...ys(0))).toBe(100);
    expect(Math.max(...ys(0))).toBe(125);
    expect(Math.min(...ys(1))).toBe(125);
    expect(Math.max(...ys(1))).toBe(200);
  });

  it('does not split a word without a box', () => {
    const boxless = structuredClone(gt);
    boxless.images[0].fields[0].boundingPoly.vertices = [];
    expect(run(boxless, [{ op: 'split', id: 'p0.w0', at: 2 }])).toMatchObject({ kind: 'invalid' });
  });

  it('does not split inside a surrogate pair', () => {
    const base = applied(run(gt, [{ op: 'edit', id: 'p0.w0', text: 'a😀b' }])).groundTruth;
    const r = run(base, [{ op: 'split', id: 'p0.w0', at: 2 }]);
    expect(r.kind).toBe('invalid');
    expect(
      applied(run(base, [{ op: 'split', id: 'p0.w0', at: 3 }])).groundTruth.images[0].fields[0].inferText,
    ).toBe('a😀');
  });

  it('loses no update between two editors: the second gets a conflict, reloads and re-applies', () => {
    const base = gtOf([['one', 'two']]);
    const a = applied(applyChanges(base, 0, [{ op: 'edit', id: 'p0.w0', text: 'One' }], 'a', AT));
    const late = applyChanges(a.groundTruth, 0, [{ op: 'edit', id: 'p0.w1', text: 'Two' }], 'b', AT);
    expect(late).toEqual({ kind: 'conflict', revision: 1 });
    const b = applied(applyChanges(a.groundTruth, 1, [{ op: 'edit', id: 'p0.w1', text: 'Two' }], 'b', AT));
    expect(texts(b.groundTruth)).toEqual(['One', 'Two']);
    expect(b.entries[0]).toMatchObject({ who: 'b', revision: 2 });
  });
});
