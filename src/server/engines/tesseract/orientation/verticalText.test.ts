import { describe, expect, it } from 'vitest';
import type { TessLine } from '../tsv.ts';
import { verticalRunLines } from './verticalText.ts';

// What `-l jpn_vert --psm 5` gives for two columns on a 300x400 page: boxes on the page as it
// is, the right column first, characters top to bottom.
const col = (x0: number, chars: string[]): TessLine => ({
  page: 1,
  box: { x0, y0: 60, x1: x0 + 30, y1: 60 + 35 * chars.length },
  words: chars.map((text, i) => ({
    text,
    conf: 90,
    box: { x0, y0: 60 + 35 * i, x1: x0 + 30, y1: 90 + 35 * i },
  })),
});
const size = { width: 300, height: 400 };

describe('vertical columns', () => {
  it('one line per column, right to left, characters joined top to bottom, upright boxes', () => {
    const lines = verticalRunLines(
      [col(200, ['会', '議', 'は']), col(150, ['参', '加'])],
      '会議は\n参加\n',
      size,
    );
    expect(lines.map((l) => l.runs.map((r) => r.text))).toEqual([['会議は'], ['参加']]);
    expect(lines[0].runs[0].box).toEqual({ x0: 200, y0: 60, x1: 230, y1: 160 });
    expect(lines[0].runs[0].poly).toBeUndefined();
    expect(lines[1].box).toEqual({ x0: 150, y0: 60, x1: 180, y1: 130 });
  });

  it('a space in the column splits its runs', () => {
    const lines = verticalRunLines([col(200, ['会', '議', 'は'])], '会議 は\n', size);
    expect(lines[0].runs.map((r) => [r.text, r.box.y0, r.box.y1])).toEqual([
      ['会議', 60, 125],
      ['は', 130, 160],
    ]);
  });
});
