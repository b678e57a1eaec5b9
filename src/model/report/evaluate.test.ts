import { describe, expect, it } from 'vitest';
import { cer } from '../review/metrics.ts';
import { evaluateDocument, evaluatePage, worstPage } from './evaluate.ts';
import type { RunPage } from './pages.ts';

const page = (n: number, ...texts: [string, number][]): RunPage => ({
  page: n,
  words: texts.map(([text, confidence], field) => ({ text, confidence, bounds: null, field })),
});

describe('evaluatePage', () => {
  it('counts character and word errors by issue 16 §1, by hand', () => {
    // GT '합계 13,000 원' (11 code points, 3 words); run '합계 12,000 원 결제' (14).
    const e = evaluatePage(
      { page: 0, text: '합계  13,000\n원', words: null },
      page(0, ['합계', 1], ['12,000', 0.6], ['원', 0.9], ['결제', 0.4]),
    );
    // One substitution (3→2) and three insertions (' 결제').
    expect(e.chars).toEqual({ errors: 4, length: 11 });
    expect(e.words).toEqual({ errors: 2, length: 3 });
    expect(e.edits).toEqual([
      { op: 'sub', expected: '3', actual: '2', word: 1 },
      { op: 'ins', expected: '', actual: ' ', word: 3 },
      { op: 'ins', expected: '', actual: '결', word: 3 },
      { op: 'ins', expected: '', actual: '제', word: 3 },
    ]);
    expect(e.judged.map((j) => j.correct)).toEqual([true, false, true, false]);
    expect(e.chars.errors / e.chars.length).toBeCloseTo(cer('합계 13,000 원', '합계 12,000 원 결제'), 12);
  });

  it('puts a deletion on the word before the gap, or the first word; a missing page deletes everything', () => {
    const e = evaluatePage({ page: 0, text: 'ab cd', words: null }, page(0, ['ab', 1], ['c', 1]));
    expect(e.edits).toEqual([{ op: 'del', expected: 'd', actual: '', word: 1 }]);
    const first = evaluatePage({ page: 0, text: 'xab', words: null }, page(0, ['ab', 1]));
    expect(first.edits).toEqual([{ op: 'del', expected: 'x', actual: '', word: 0 }]);
    const none = evaluatePage({ page: 3, text: 'ab', words: null }, undefined);
    expect(none).toMatchObject({
      chars: { errors: 2, length: 2 },
      words: { errors: 1, length: 1 },
      judged: [],
    });
    expect(none.edits.map((x) => x.word)).toEqual([null, null]);
  });
});

describe('evaluateDocument', () => {
  it('sums distances and lengths over the ground truth pages and finds the worst page', () => {
    const d = evaluateDocument(
      [
        { page: 0, text: 'abcd', words: null },
        { page: 1, text: 'xy', words: null },
      ],
      [page(0, ['abcd', 1]), page(1, ['xz', 1]), page(2, ['ignored', 1])],
    );
    expect(d.chars).toEqual({ errors: 1, length: 6 });
    expect(d.words).toEqual({ errors: 1, length: 2 });
    expect(worstPage(d)).toBe(1);
    expect(
      worstPage({ chars: { errors: 0, length: 0 }, words: { errors: 0, length: 0 }, pages: [] }),
    ).toBeNull();
  });
});
