import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../model/index.ts';
import type { SearchMatch } from '../../model/index.ts';
import { pageMarks } from './marks.ts';

const field = (text: string, x: number) => ({
  inferText: text,
  inferConfidence: 0.9,
  boundingPoly: {
    vertices: [
      { x, y: 0 },
      { x: x + 40, y: 0 },
      { x: x + 40, y: 20 },
      { x, y: 20 },
    ],
  },
});
const image = (texts: string[], pageIndex: number) => ({
  uid: 'u',
  name: 'p',
  inferResult: 'SUCCESS',
  message: 'SUCCESS',
  convertedImageInfo: { width: 500, height: 100, pageIndex, longImage: false },
  fields: texts.map((t, i) => field(t, i * 50)),
});
const doc = buildDocument({
  version: 'V2',
  requestId: 'r',
  timestamp: 0,
  images: [image(['a', 'b'], 0), image(['c'], 1)],
});
const match = (pageIndex: number, wordIds: number[]): SearchMatch => ({
  pageIndex,
  lineId: 0,
  wordIds,
  start: 0,
  end: 1,
});

describe('pageMarks', () => {
  it('splits the current hit from the others and keeps to the page', () => {
    const [a, b] = doc.pages[0].wordIds;
    const [c] = doc.pages[1].wordIds;
    const m = pageMarks(doc, 0, [match(0, [a]), match(0, [b]), match(1, [c])], 1, [a, c]);
    expect(m.search).toEqual([doc.words[a].poly]);
    expect(m.current).toEqual([doc.words[b].poly]);
    expect(m.errors).toEqual([doc.words[a].poly]);
  });
});
