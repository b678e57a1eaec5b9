import { describe, expect, it } from 'vitest';
import { judgeWords } from './judgeWords.ts';
import type { RunWord } from './pages.ts';

const box = (x: number) => ({ minX: x, minY: 0, maxX: x + 40, maxY: 10 });
const rw = (text: string, confidence: number, x: number | null, field: number): RunWord => ({
  text,
  confidence,
  bounds: x === null ? null : box(x),
  field,
});

describe('judgeWords by boxes (ground truth with reviewed boxes)', () => {
  const truth = {
    page: 0,
    text: '합계 12,000 원',
    words: [
      { text: '합계', bounds: box(0) },
      { text: '12,000', bounds: box(50) },
      { text: '원', bounds: box(100) },
    ],
  };

  it('a word is right when its overlapping ground-truth word has the same normalised text', () => {
    const words = [
      rw('원', 0.9, 100, 0),
      rw('합계', 0.99, 1, 1),
      rw('１2,000', 0.8, 52, 2),
      rw('extra', 0.3, 300, 3),
      rw('   ', 0.5, 200, 4),
    ];
    expect(judgeWords(truth, words)).toEqual([
      { word: 0, confidence: 0.9, correct: true },
      { word: 1, confidence: 0.99, correct: true },
      // Full-width 1 normalises to 1.
      { word: 2, confidence: 0.8, correct: true },
      // No partner: wrong. The blank word is not judged.
      { word: 3, confidence: 0.3, correct: false },
    ]);
  });

  it('a misread word over the right box is wrong; a word without a box has no partner', () => {
    const words = [rw('합게', 0.95, 0, 0), rw('12,000', 0.9, null, 1)];
    expect(judgeWords(truth, words).map((j) => j.correct)).toEqual([false, false]);
  });
});

describe('judgeWords by word sequence (ground truth as text only)', () => {
  it('aligns words in order: substituted and extra words are wrong', () => {
    const truth = { page: 0, text: 'the cat sat down', words: null };
    const words = [
      rw('the', 1, null, 0),
      rw('bat', 0.4, null, 1),
      rw('sat', 0.9, null, 2),
      rw('now', 0.2, null, 3),
      rw('down', 0.8, null, 4),
    ];
    expect(judgeWords(truth, words).map((j) => [j.word, j.correct])).toEqual([
      [0, true],
      [1, false],
      [2, true],
      [3, false],
      [4, true],
    ]);
  });

  it('a run word holding two ground-truth words is right only if both are', () => {
    const truth = { page: 0, text: '12 000 원', words: null };
    expect(
      judgeWords(truth, [rw('12 000', 0.9, null, 0), rw('원', 0.9, null, 1)]).map((j) => j.correct),
    ).toEqual([true, true]);
    expect(
      judgeWords(truth, [rw('12 001', 0.9, null, 0), rw('원', 0.9, null, 1)]).map((j) => j.correct),
    ).toEqual([false, true]);
  });
});
