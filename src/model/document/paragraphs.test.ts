import { describe, expect, it } from 'vitest';
import { groupLines } from '../lines/lines.ts';
import { groupParagraphs } from './paragraphs.ts';
import type { LineModel, Point } from '../types.ts';
import { rect, rotatePoly, word } from '../words.testutil.ts';

/** Lines of 20-px text: one word per line, given as [x, y, width]. */
function lines(specs: [number, number, number][], rotate = 0): LineModel[] {
  const words = specs.map(([x, y, w], i) =>
    word(i, rotatePoly(rect(x, y, w, 20), rotate), `L${i}`, { lineBreak: true }),
  );
  return groupLines(words).lines;
}

describe('groupParagraphs', () => {
  it('a tight block is one paragraph, its lines joined by newlines', () => {
    const ps = groupParagraphs(
      lines([
        [0, 0, 300],
        [0, 26, 280],
        [0, 52, 150],
      ]),
    );
    expect(ps).toHaveLength(1);
    expect(ps[0].text).toBe('L0\nL1\nL2');
    expect(ps[0].lineIds).toEqual([0, 1, 2]);
  });

  it('two blocks separated by a big gap are two paragraphs', () => {
    const ps = groupParagraphs(
      lines([
        [0, 0, 300],
        [0, 26, 300],
        [0, 120, 300],
        [0, 146, 300],
      ]),
      7,
    );
    expect(ps.map((p) => p.text)).toEqual(['L0\nL1', 'L2\nL3']);
    expect(ps.map((p) => p.id)).toEqual([7, 8]);
  });

  it('a gap of about one line height still breaks, a smaller one does not', () => {
    expect(
      groupParagraphs(
        lines([
          [0, 0, 300],
          [0, 41, 300],
        ]),
      ),
    ).toHaveLength(2); // 21-px gap
    expect(
      groupParagraphs(
        lines([
          [0, 0, 300],
          [0, 38, 300],
        ]),
      ),
    ).toHaveLength(1); // 18-px gap
  });

  it('needs horizontal overlap or a shared indent', () => {
    // Next line starts far to the right of where the previous ended: a new paragraph.
    expect(
      groupParagraphs(
        lines([
          [0, 0, 100],
          [400, 26, 100],
        ]),
      ),
    ).toHaveLength(2);
    // A short line under a long one, left-aligned: same paragraph.
    expect(
      groupParagraphs(
        lines([
          [0, 0, 300],
          [0, 26, 40],
        ]),
      ),
    ).toHaveLength(1);
  });

  it('keeps side-by-side columns apart even when their lines alternate', () => {
    const ps = groupParagraphs(
      lines([
        [0, 0, 200],
        [400, 0, 200],
        [0, 26, 200],
        [400, 26, 200],
        [0, 52, 200],
      ]),
    );
    expect(ps.map((p) => p.text)).toEqual(['L0\nL2\nL4', 'L1\nL3']);
  });

  it('groups the same on a page rotated by 25°', () => {
    const spec: [number, number, number][] = [
      [0, 0, 300],
      [0, 26, 300],
      [0, 120, 300],
    ];
    expect(groupParagraphs(lines(spec, 25)).map((p) => p.text)).toEqual(['L0\nL1', 'L2']);
  });

  it('outlines its lines', () => {
    const [p] = groupParagraphs(
      lines([
        [10, 0, 300],
        [10, 26, 100],
      ]),
    );
    const expected: Point[] = [
      { x: 10, y: 0 },
      { x: 310, y: 0 },
      { x: 310, y: 46 },
      { x: 10, y: 46 },
    ];
    p.poly.forEach((v, i) => {
      expect(v.x).toBeCloseTo(expected[i].x, 9);
      expect(v.y).toBeCloseTo(expected[i].y, 9);
    });
    expect(p.bounds).toEqual({ minX: 10, minY: 0, maxX: 310, maxY: 46 });
  });

  it('returns nothing for no lines', () => {
    expect(groupParagraphs([])).toEqual([]);
  });
});
