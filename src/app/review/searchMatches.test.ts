import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../model/index.ts';
import { matchesFor, stepMatch } from './searchMatches.ts';

const field = (text: string, x: number, lineBreak = false) => ({
  inferText: text,
  inferConfidence: 0.9,
  lineBreak,
  boundingPoly: {
    vertices: [
      { x, y: 0 },
      { x: x + 40, y: 0 },
      { x: x + 40, y: 20 },
      { x, y: 20 },
    ],
  },
});
const doc = buildDocument({
  version: 'V2',
  requestId: 'r',
  timestamp: 0,
  images: [
    {
      uid: 'u',
      name: 'p',
      inferResult: 'SUCCESS',
      message: 'SUCCESS',
      fields: [field('Total', 0), field('1,200', 50, true)],
    },
  ],
});

describe('matchesFor', () => {
  it('finds half-width text from a full-width query', () => {
    const m = matchesFor(doc, '１，２００');
    expect(m).toHaveLength(1);
    expect(m[0].wordIds).toEqual([doc.pages[0].wordIds[1]]);
  });

  it('gives nothing for a blank query or no document', () => {
    expect(matchesFor(doc, '  ')).toEqual([]);
    expect(matchesFor(null, 'Total')).toEqual([]);
  });
});

describe('stepMatch', () => {
  it('wraps both ways', () => {
    expect(stepMatch(2, 3, 1)).toBe(0);
    expect(stepMatch(0, 3, -1)).toBe(2);
    expect(stepMatch(0, 0, 1)).toBe(0);
  });
});
