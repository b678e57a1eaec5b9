import { describe, expect, it } from 'vitest';
import type { OcrResponse } from '../../src/clova/index.ts';
import { fieldTexts, responseText } from './responseText.ts';

const poly = { vertices: [] };
const res: OcrResponse = {
  version: 'V2',
  requestId: 'r',
  timestamp: 1,
  images: [
    {
      uid: 'a',
      name: 'n',
      inferResult: 'SUCCESS',
      message: 'SUCCESS',
      fields: [
        { boundingPoly: poly, inferText: '회의는', inferConfidence: 1, lineBreak: false },
        { boundingPoly: poly, inferText: '3월', inferConfidence: 1, lineBreak: true },
        { boundingPoly: poly, inferText: '끝', inferConfidence: 1, lineBreak: true },
      ],
    },
    {
      uid: 'b',
      name: 'n',
      inferResult: 'SUCCESS',
      message: 'SUCCESS',
      fields: [{ boundingPoly: poly, inferText: 'p2', inferConfidence: 1 }],
    },
  ],
};

describe('responseText', () => {
  it('joins fields by lineBreak and pages by a blank line', () => {
    expect(responseText(res)).toBe('회의는 3월\n끝\n\np2');
    expect(fieldTexts(res)).toEqual([['회의는', '3월', '끝'], ['p2']]);
  });
});
