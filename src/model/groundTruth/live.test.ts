import { describe, expect, it } from 'vitest';
import { applyChanges } from './applyChanges.ts';
import { AT, gtOf, WHO } from './gt.testutil.ts';
import { liveFields } from './live.ts';
import { fieldOf, liveView } from './liveView.ts';

describe('liveFields and liveView', () => {
  const gt = gtOf([
    ['a', 'b'],
    ['c', 'd'],
  ]);
  const r = applyChanges(
    gt,
    0,
    [
      { op: 'delete', id: 'p0.w1' },
      { op: 'edit', id: 'p0.w2', text: 'C' },
    ],
    WHO,
    AT,
  );
  if (r.kind !== 'applied') throw new Error(r.kind);

  it('leaves deleted words out and hands a deleted line end to the word before', () => {
    const live = liveFields(r.groundTruth.images[0].fields);
    expect(live.map((f) => [f.inferText, f.lineBreak])).toEqual([
      ['a', true],
      ['C', false],
      ['d', true],
    ]);
  });

  it('builds the document model of what is left, each word tied to its field', () => {
    const view = liveView(r.groundTruth);
    expect(view.doc.lines.map((l) => l.text)).toEqual(['a', 'C d']);
    expect(view.doc.words.map((w) => fieldOf(view, w).id)).toEqual(['p0.w0', 'p0.w2', 'p0.w3']);
  });
});
