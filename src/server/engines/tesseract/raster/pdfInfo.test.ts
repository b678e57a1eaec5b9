import { describe, expect, it } from 'vitest';
import { parsePdfInfo } from './pdfInfo.ts';

const sample = `Title:           Pages: 99 is not the count
Producer:        pdf-lib (https://github.com/Hopding/pdf-lib)
Pages:           3
Encrypted:       no
Page    1 size:  595.44 x 192 pts
Page    1 rot:   0
Page    2 size:  612 x 792 pts (letter)
Page    2 rot:   90
Page    3 size:  595.276 x 841.89 pts (A4)
File size:       168636 bytes
`;

describe('parsePdfInfo', () => {
  it('reads the page count and per-page sizes in points', () => {
    expect(parsePdfInfo(sample)).toEqual({
      pages: 3,
      sizes: [
        { width: 595.44, height: 192 },
        { width: 612, height: 792 },
        { width: 595.276, height: 841.89 },
      ],
    });
  });
  it('throws when there is no page count', () => {
    expect(() => parsePdfInfo('Producer: x\n')).toThrow();
  });
});
