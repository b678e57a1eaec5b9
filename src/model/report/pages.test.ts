import { describe, expect, it } from 'vitest';
import { applyChanges } from '../groundTruth/applyChanges.ts';
import { fromRun } from '../groundTruth/fromRun.ts';
import { AT, run, WHO } from '../groundTruth/gt.testutil.ts';
import { runPages, truthPagesOfBody, truthPagesOfText } from './pages.ts';

describe('runPages', () => {
  it('reads words in response order with boxes and confidences, pages by convertedImageInfo', () => {
    const response = {
      images: [
        {
          convertedImageInfo: { pageIndex: 1 },
          fields: [
            {
              inferText: 'B',
              inferConfidence: 0.5,
              boundingPoly: {
                vertices: [
                  { x: 10, y: 0 },
                  { x: 20, y: 0 },
                  { x: 20, y: 5 },
                  { x: 10, y: 5 },
                ],
              },
            },
          ],
        },
        {
          convertedImageInfo: { pageIndex: 0 },
          fields: [
            { inferText: 'A', inferConfidence: 1.5, boundingPoly: { vertices: [] } },
            { inferText: 7, boundingPoly: { vertices: [{ x: 1, y: 2 }] } },
          ],
        },
      ],
    };
    expect(runPages(response)).toEqual([
      {
        page: 0,
        words: [
          { text: 'A', confidence: 1, bounds: null, field: 0 },
          { text: '', confidence: 0, bounds: { minX: 1, minY: 2, maxX: 1, maxY: 2 }, field: 1 },
        ],
      },
      {
        page: 1,
        words: [{ text: 'B', confidence: 0.5, bounds: { minX: 10, minY: 0, maxX: 20, maxY: 5 }, field: 0 }],
      },
    ]);
    expect(runPages(null)).toEqual([]);
    expect(runPages({ images: 'x' })).toEqual([]);
  });
});

describe('truth pages', () => {
  it('reads the live words of a stored ground truth (deleted ones left out)', () => {
    const gt = fromRun(
      run([
        [
          { text: 'Hello', x: 0, y: 0 },
          { text: 'big', x: 50, y: 0 },
          { text: 'world', x: 90, y: 0, lineBreak: true },
        ],
      ]),
    );
    const r = applyChanges(gt, 0, [{ op: 'delete', id: 'p0.w1' }], WHO, AT);
    if (r.kind !== 'applied') throw new Error(r.kind);
    const [page] = truthPagesOfBody(r.groundTruth);
    expect(page.text).toBe('Hello world');
    expect(page.words?.map((w) => w.text)).toEqual(['Hello', 'world']);
    expect(page.words?.[0].bounds).not.toBeNull();
  });

  it('splits a text ground truth at form feeds, without boxes', () => {
    expect(truthPagesOfText('a b\fc')).toEqual([
      { page: 0, text: 'a b', words: null },
      { page: 1, text: 'c', words: null },
    ]);
  });
});
