import { describe, expect, it } from 'vitest';
import { assignWords } from './assignWords.ts';
import type { PlacedWord } from './placeWords.ts';

const at = (text: string, cx: number, cy: number): PlacedWord => ({
  word: { text, confidence: 1, poly: [] },
  box: { x0: cx - 5, y0: cy - 5, x1: cx + 5, y1: cy + 5 },
  cx,
  cy,
});

describe('assignWords', () => {
  it('puts each word in the cell holding its centre, merged cells included, and skips words outside', () => {
    const layout = {
      xs: [0, 100, 200],
      ys: [0, 50, 100],
      cells: [
        { row: 0, col: 0, rowSpan: 2, colSpan: 1 },
        { row: 0, col: 1, rowSpan: 1, colSpan: 1 },
        { row: 1, col: 1, rowSpan: 1, colSpan: 1 },
      ],
    };
    const [cells] = assignWords(
      [layout],
      [at('top-left', 50, 20), at('low-left', 50, 80), at('b', 150, 80), at('out', 250, 20)],
    );
    expect(cells.map((ws) => ws.map((w) => w.word.text))).toEqual([['top-left', 'low-left'], [], ['b']]);
  });

  it('gives a word to one table only', () => {
    const one = { xs: [0, 100], ys: [0, 100], cells: [{ row: 0, col: 0, rowSpan: 1, colSpan: 1 }] };
    const result = assignWords([one, one], [at('w', 50, 50)]);
    expect(result.map((t) => t[0].length)).toEqual([1, 0]);
  });
});
