import { describe, expect, it } from 'vitest';
import { cellTextLines } from './cellText.ts';
import { makeFrame } from './frame.ts';
import type { PlacedWord } from './placeWords.ts';

const frame = makeFrame(1000, 800, 0);

function word(text: string, x0: number, y0: number, x1: number, y1: number, confidence = 0.9): PlacedWord {
  const poly = [
    { x: x0, y: y0 },
    { x: x1, y: y0 },
    { x: x1, y: y1 },
    { x: x0, y: y1 },
  ];
  return { word: { text, confidence, poly }, box: { x0, y0, x1, y1 }, cx: (x0 + x1) / 2, cy: (y0 + y1) / 2 };
}

describe('cellTextLines', () => {
  it('groups words by vertical overlap, lines top to bottom, words left to right', () => {
    const lines = cellTextLines(
      [
        word('lines', 110, 150, 170, 175, 0.5),
        word('world', 200, 102, 260, 128, 0.8),
        word('hello', 110, 100, 180, 126, 0.9),
      ],
      frame,
    );
    expect(lines.map((l) => l.cellWords.map((w) => w.inferText))).toEqual([['hello', 'world'], ['lines']]);
    expect(lines[0].boundingPoly.vertices).toEqual([
      { x: 110, y: 100 },
      { x: 260, y: 100 },
      { x: 260, y: 128 },
      { x: 110, y: 128 },
    ]);
    expect(lines[0].inferConfidence).toBe(0.85);
    expect(lines[1].cellWords[0]).toEqual({
      boundingPoly: {
        vertices: [
          { x: 110, y: 150 },
          { x: 170, y: 150 },
          { x: 170, y: 175 },
          { x: 110, y: 175 },
        ],
      },
      inferText: 'lines',
      inferConfidence: 0.5,
    });
  });

  it('gives no lines to an empty cell', () => {
    expect(cellTextLines([], frame)).toEqual([]);
  });
});
