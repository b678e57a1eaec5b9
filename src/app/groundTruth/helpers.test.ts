import { describe, expect, it } from 'vitest';
import { gtOf } from '../../model/groundTruth/gt.testutil.ts';
import { applyChanges, liveView } from '../../model/groundTruth/index.ts';
import type { Change, GroundTruth } from '../../model/groundTruth/index.ts';
import { editorChange } from './editing.ts';
import { mergeSeparator, nextInList, proofIndex } from './proofIndex.ts';
import { liveOf, sameWords } from './useProofResponse.ts';

describe('the editor’s change', () => {
  const f = gtOf([['Tota1']]).images[0].fields[0];
  it('edits changed text, accepts unchanged text on Enter only, deletes an emptied word', () => {
    expect(editorChange(f, ' Total ', true)).toEqual({ op: 'edit', id: f.id, text: 'Total' });
    expect(editorChange(f, 'Tota1', true)).toEqual({ op: 'accept', id: f.id });
    expect(editorChange(f, 'Tota1', false)).toBeNull();
    expect(editorChange({ ...f, review: 'corrected' }, 'Tota1', true)).toBeNull();
    expect(editorChange(f, '  ', true)).toEqual({ op: 'delete', id: f.id });
  });
});

describe('merging', () => {
  it('joins Japanese and Chinese without a space, Korean and Latin with one', () => {
    expect(mergeSeparator('東京', '都')).toBe('');
    expect(mergeSeparator('회의', '는')).toBe(' ');
    expect(mergeSeparator('due', 'in')).toBe(' ');
    expect(mergeSeparator('2041', '年')).toBe(' ');
  });

  it('takes the next live word of the page, none after the last', () => {
    const gt = gtOf([['a', 'b'], ['c']], [['d']]);
    expect(nextInList(gt, 'p0.w1')).toBe('p0.w2');
    expect(nextInList(gt, 'p0.w2')).toBeNull();
    expect(nextInList(gt, 'nope')).toBeNull();
  });
});

describe('the proofreading index', () => {
  it('maps words and field ids both ways, without the deleted ones, and walks a page', () => {
    const gt = gtOf([['x', 'y', 'z']]);
    gt.images[0].fields[1] = { ...gt.images[0].fields[1], review: 'deleted' };
    const live = liveOf(gt);
    const { doc } = liveView(gt);
    const ix = proofIndex(doc, live);
    expect(doc.words.map((w) => ix.fieldOf(w).id)).toEqual(['p0.w0', 'p0.w2']);
    expect(ix.wordOf('p0.w2')?.text).toBe('z');
    expect(ix.wordOf('p0.w1')).toBeNull();
    expect(ix.order(0, 'reading')).toEqual(['p0.w0', 'p0.w2']);
    expect(ix.step('p0.w0', 'reading', 1)).toBe('p0.w2');
    expect(ix.step('p0.w2', 'reading', 1)).toBeNull();
    expect(ix.step('p0.w2', 'reading', -1)).toBe('p0.w0');
    expect(proofIndex(doc, live)).toBe(ix);
  });
});

describe('what the shown model follows at once', () => {
  const gt = gtOf([['springorder', 'now', 'xx']]);
  const after = (changes: Change[]): GroundTruth => {
    const r = applyChanges(gt, gt.revision, changes, 'T', '2026-01-01T00:00:00Z');
    if (r.kind !== 'applied') throw new Error(r.kind);
    return r.groundTruth;
  };
  it('waits for edits, accepts and deletes (the same words), not for a split, merge or add', () => {
    expect(sameWords(gt, after([{ op: 'edit', id: 'p0.w1', text: 'new' }]))).toBe(true);
    expect(sameWords(gt, after([{ op: 'accept', id: 'p0.w1' }]))).toBe(true);
    expect(sameWords(gt, after([{ op: 'delete', id: 'p0.w2' }]))).toBe(true);
    expect(sameWords(gt, after([{ op: 'split', id: 'p0.w0', at: 6 }]))).toBe(false);
    expect(sameWords(gt, after([{ op: 'merge', ids: ['p0.w1', 'p0.w2'], separator: ' ' }]))).toBe(false);
    const box = {
      vertices: [
        { x: 0, y: 0 },
        { x: 9, y: 0 },
        { x: 9, y: 9 },
        { x: 0, y: 9 },
      ],
    };
    expect(sameWords(gt, after([{ op: 'add', page: 0, boundingPoly: box, text: 'new' }]))).toBe(false);
  });
});
