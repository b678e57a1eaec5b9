import { describe, expect, it } from 'vitest';
import { ConfusionCounter } from './confusions.ts';

describe('ConfusionCounter', () => {
  it('counts by kind and characters, most frequent first, with the first examples', () => {
    const c = new ConfusionCounter();
    const at = (page: number, field: number | null) => ({ documentId: 'd', page, field });
    c.add({ op: 'del', expected: '원', actual: '', word: 0 }, at(0, 0));
    for (let i = 0; i < 7; i++) c.add({ op: 'sub', expected: '0', actual: 'O', word: i }, at(i, i));
    c.add({ op: 'ins', expected: '', actual: ' ', word: null }, at(2, null));
    c.add({ op: 'ins', expected: '', actual: ' ', word: 1 }, at(3, 1));
    const top = c.top();
    expect(top.map((x) => [x.op, x.expected, x.actual, x.count])).toEqual([
      ['sub', '0', 'O', 7],
      ['ins', '', ' ', 2],
      ['del', '원', '', 1],
    ]);
    expect(top[0].examples).toEqual([0, 1, 2, 3, 4].map((i) => at(i, i)));
    expect(c.top(1)).toHaveLength(1);
  });
});
