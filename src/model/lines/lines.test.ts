import { describe, expect, it } from 'vitest';
import { pointInPolygon, centroid } from '../geometry/geometry.ts';
import { groupLines } from './lines.ts';
import { rect, rotatePoly, word } from '../words.testutil.ts';

describe('groupLines with lineBreak flags', () => {
  it('ends a line at each lineBreak:true and keeps trailing words as a last line', () => {
    const words = [
      word(10, rect(0, 0, 50, 20), 'a', { lineBreak: false }),
      word(11, rect(60, 0, 50, 20), 'b', { lineBreak: true }),
      word(12, rect(0, 30, 50, 20), 'c', { lineBreak: false }),
      word(13, rect(60, 30, 50, 20), 'd', { lineBreak: false }),
    ];
    const { source, lines } = groupLines(words, 5);
    expect(source).toBe('lineBreak');
    expect(lines.map((l) => l.wordIds)).toEqual([
      [10, 11],
      [12, 13],
    ]);
    expect(lines.map((l) => l.id)).toEqual([5, 6]);
    expect(lines.map((l) => l.text)).toEqual(['a b', 'c d']);
  });

  it("trusts CLOVA's flags over geometry, even when a line jumps back up", () => {
    // The card slip quirk: a label coming after its own value's line.
    const words = [
      word(0, rect(0, 30, 50, 20), 'value', { lineBreak: true }),
      word(1, rect(0, 0, 50, 20), 'label', { lineBreak: true }),
    ];
    expect(groupLines(words).lines.map((l) => l.text)).toEqual(['value', 'label']);
  });

  it('uses the flags when only some words carry them', () => {
    const words = [word(0, rect(0, 0, 10, 10)), word(1, rect(0, 100, 10, 10), 'x', { lineBreak: true })];
    const { source, lines } = groupLines(words);
    expect(source).toBe('lineBreak');
    expect(lines).toHaveLength(1);
  });
});

describe('groupLines from geometry', () => {
  it('is used without flags and orders words left to right', () => {
    const words = [
      word(0, rect(120, 2, 50, 20), 'world'),
      word(1, rect(0, 40, 50, 20), 'second'),
      word(2, rect(0, 0, 100, 20), 'hello'),
    ];
    const { source, lines } = groupLines(words);
    expect(source).toBe('geometry');
    expect(lines.map((l) => l.text)).toEqual(['hello world', 'second']);
    expect(lines[0].wordIds).toEqual([2, 0]);
  });

  it('returns no lines for no words', () => {
    expect(groupLines([])).toEqual({ source: 'geometry', lines: [] });
  });
});

describe('line shape', () => {
  it('outlines its words along their direction and averages their confidence', () => {
    const words = [
      word(0, rotatePoly(rect(0, 0, 50, 20), 15), 'a', { confidence: 0.5, lineBreak: false }),
      word(1, rotatePoly(rect(60, 0, 50, 20), 15), 'b', { confidence: 1, lineBreak: true }),
    ];
    const [line] = groupLines(words).lines;
    expect(line.confidence).toBeCloseTo(0.75, 12);
    expect(line.poly).toHaveLength(4);
    const whole = rotatePoly(rect(0, 0, 110, 20), 15);
    line.poly.forEach((p, i) => {
      expect(p.x).toBeCloseTo(whole[i].x, 9);
      expect(p.y).toBeCloseTo(whole[i].y, 9);
    });
    for (const w of words) expect(pointInPolygon(centroid(w.poly), line.poly)).toBe(true);
    expect(line.bounds.minX).toBeCloseTo(Math.min(...line.poly.map((p) => p.x)), 9);
    expect(line.paragraphId).toBe(-1);
    expect(line.pageIndex).toBe(0);
  });
});
