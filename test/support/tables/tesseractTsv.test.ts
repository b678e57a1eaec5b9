import { describe, expect, it } from 'vitest';
import { parseTesseractTsv } from './tesseractTsv.ts';

const header =
  'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';

describe('parseTesseractTsv', () => {
  it('keeps level-5 words with text, as 4-point clockwise boxes and 0..1 confidences', () => {
    const tsv = [
      header,
      '1\t1\t0\t0\t0\t0\t0\t0\t1400\t700\t-1\t',
      '4\t1\t1\t1\t1\t0\t96\t96\t120\t30\t-1\t',
      '5\t1\t1\t1\t1\t1\t96\t96\t120\t30\t96.532\tProduct',
      '5\t1\t1\t1\t1\t2\t300\t96\t10\t30\t95\t ',
      '',
    ].join('\n');
    expect(parseTesseractTsv(tsv)).toEqual([
      {
        text: 'Product',
        confidence: 0.9653,
        poly: [
          { x: 96, y: 96 },
          { x: 216, y: 96 },
          { x: 216, y: 126 },
          { x: 96, y: 126 },
        ],
      },
    ]);
  });
});
