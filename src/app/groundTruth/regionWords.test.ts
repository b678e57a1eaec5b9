import { describe, expect, it } from 'vitest';
import { addsFromCrop, cropWords } from './regionWords.ts';

const answer = {
  version: 'V2',
  images: [
    {
      fields: [
        {
          inferText: 'Missed',
          boundingPoly: {
            vertices: [
              { x: 10, y: 4 },
              { x: 70, y: 4 },
              { x: 70, y: 24 },
              { x: 10, y: 24 },
            ],
          },
        },
        {
          inferText: '  ',
          boundingPoly: {
            vertices: [
              { x: 0, y: 0 },
              { x: 1, y: 0 },
              { x: 1, y: 1 },
            ],
          },
        },
        { inferText: 'bad', boundingPoly: { vertices: [{ x: 'a', y: 0 }] } },
      ],
    },
  ],
};

describe('region recognition', () => {
  it('reads the words of the crop, skipping empty and broken ones', () => {
    expect(cropWords(answer).map((w) => w.text)).toEqual(['Missed']);
    expect(cropWords({ images: [] })).toEqual([]);
    expect(cropWords(null)).toEqual([]);
  });

  it('maps crop pixels back to the page: crop origin, the crop zoom, natural to world', () => {
    const [add] = addsFromCrop(cropWords(answer), 2, { minX: 100, minY: 200, maxX: 200, maxY: 240 }, 2, {
      sx: 0.5,
      sy: 0.5,
    });
    expect(add).toEqual({
      op: 'add',
      page: 2,
      text: 'Missed',
      boundingPoly: {
        vertices: [
          { x: 52.5, y: 101 },
          { x: 67.5, y: 101 },
          { x: 67.5, y: 106 },
          { x: 52.5, y: 106 },
        ],
      },
    });
  });
});
