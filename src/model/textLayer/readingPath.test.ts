import { describe, expect, it } from 'vitest';
import { buildDocument } from '../document/document.ts';
import type { Point } from '../types.ts';
import { orderedPolys, readingPath } from './readingPath.ts';

const box = (x: number, y: number, w = 60, h = 20): Point[] => [
  { x, y },
  { x: x + w, y },
  { x: x + w, y: y + h },
  { x, y: y + h },
];

describe('readingPath', () => {
  it('reads one column line by line: next along a line, down to the next', () => {
    const polys = [box(0, 0), box(70, 0), box(0, 30), box(70, 30)];
    const path = readingPath(polys);
    expect(path.steps).toEqual(['next', 'down', 'next']);
    expect(path.points[0]).toMatchObject({ x: 30, y: 10 });
    // The number of the second word: on its box's top-left corner, off its text.
    expect(path.starts[1]).toEqual({ x: 70, y: 0 });
    expect(path.lineHeight).toBe(20);
  });

  it('shows interleaved columns: every crossing of the gutter is a jump', () => {
    // Two columns 400 apart, read across the page line by line (what a bad engine does).
    const polys = [box(0, 0), box(400, 0), box(0, 30), box(400, 30)];
    expect(readingPath(polys).steps).toEqual(['jump', 'down', 'jump']);
  });

  it('reads column by column without jumps inside a column; going back up is a jump', () => {
    const polys = [box(0, 0), box(0, 30), box(400, 0), box(400, 30)];
    expect(readingPath(polys).steps).toEqual(['down', 'jump', 'down']);
  });

  it('follows rotated text in its own direction', () => {
    // Text turned 90° clockwise: it runs down the page, lines stack to the left.
    const turned = (x: number, y: number): Point[] => [
      { x: x + 20, y },
      { x: x + 20, y: y + 60 },
      { x, y: y + 60 },
      { x, y },
    ];
    const path = readingPath([turned(100, 0), turned(100, 70), turned(70, 0)]);
    expect(path.steps).toEqual(['next', 'down']);
  });

  it('steps over a blank line between paragraphs as down, further as a jump', () => {
    expect(readingPath([box(0, 0), box(0, 75)]).steps).toEqual(['down']);
    expect(readingPath([box(0, 0), box(0, 100)]).steps).toEqual(['jump']);
  });

  it('has no steps for fewer than two items', () => {
    expect(readingPath([]).steps).toEqual([]);
    expect(readingPath([box(0, 0)]).points).toHaveLength(1);
  });
});

describe('orderedPolys', () => {
  const field = (text: string, x: number, y: number, lineBreak = false) => ({
    inferText: text,
    inferConfidence: 0.9,
    lineBreak,
    boundingPoly: { vertices: box(x, y) },
  });
  // The response lists the right column's line before the left one's.
  const doc = buildDocument({
    version: 'V2',
    images: [
      {
        inferResult: 'SUCCESS',
        fields: [field('c', 400, 0), field('d', 470, 0, true), field('a', 0, 0), field('b', 70, 0, true)],
      },
    ],
  });

  it('keeps the response order of the words, not the viewer regrouping', () => {
    expect(orderedPolys(doc, 0, 'words').map((p) => p[0].x)).toEqual([400, 470, 0, 70]);
  });

  it('gives each line once, in the order of its first word', () => {
    const lines = orderedPolys(doc, 0, 'lines');
    expect(lines).toHaveLength(2);
    expect(Math.min(...lines[0].map((p) => p.x))).toBe(400);
  });

  it('is empty for a page that does not exist', () => {
    expect(orderedPolys(doc, 5, 'words')).toEqual([]);
  });
});
