import { describe, expect, it } from 'vitest';
import { markSpaces, spacesFromGaps, spacesFromText } from './spacing.ts';
import type { TessLine } from './tsv.ts';

/** A line of words laid out left to right from [text, x0, x1] triples, 40 px tall. */
function line(y: number, ...words: [string, number, number][]): TessLine {
  return {
    page: 1,
    box: { x0: words[0][1], y0: y, x1: words[words.length - 1][2], y1: y + 40 },
    words: words.map(([text, x0, x1]) => ({ text, conf: 90, box: { x0, y0: y, x1, y1: y + 40 } })),
  };
}

const lines = [
  line(0, ['회', 0, 40], ['의', 45, 85], ['는', 90, 130], ['3', 150, 170], ['월', 172, 210]),
  line(60, ['Google', 0, 120], ['Drive', 145, 240], ['에', 242, 280]),
];
const flags = (ls: { words: { spaceBefore: boolean }[] }[]) =>
  ls.map((l) => l.words.map((w) => w.spaceBefore));

describe('spacesFromText', () => {
  it("follows tesseract's text output: spaces only where it printed them", () => {
    const text = '회의는 3월\n\nGoogle Drive에\n\f';
    expect(flags(spacesFromText(lines, text)!)).toEqual([
      [true, false, false, true, false],
      [true, true, false],
    ]);
  });
  it('counts several spaces as one boundary', () => {
    expect(flags(spacesFromText([lines[1]], 'Google   Drive에')!)).toEqual([[true, true, false]]);
  });
  it('returns null when the text does not match the words', () => {
    expect(spacesFromText(lines, '회의가 3월 Google Drive에')).toBeNull();
  });
});

describe('spacesFromGaps', () => {
  it('calls a gap wider than half the line height a space', () => {
    expect(flags(spacesFromGaps(lines))).toEqual([
      [true, false, false, false, false], // 20 px gap < 20 px threshold is not a space
      [true, true, false],
    ]);
    expect(flags(spacesFromGaps([lines[0]], 0.4))).toEqual([[true, false, false, true, false]]);
  });
});

describe('markSpaces', () => {
  it('uses the text when it aligns and falls back to gaps otherwise', () => {
    expect(flags(markSpaces(lines, '회의는 3월\nGoogle Drive에'))[0]).toEqual([
      true,
      false,
      false,
      true,
      false,
    ]);
    expect(flags(markSpaces(lines, 'nonsense'))[0]).toEqual([true, false, false, false, false]);
  });
});
