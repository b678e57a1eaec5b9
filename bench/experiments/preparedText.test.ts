import { describe, expect, it } from 'vitest';
import { preparedText } from './preparedText.ts';
import type { PreparedLine } from '../../src/server/engines/tesseract/preprocess/lines/prepareLines.ts';

const header =
  'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
/** A tesseract line row (level 4) followed by its word rows (level 5). */
const line = (page: number, n: number, ...texts: string[]) => [
  `4\t${page}\t1\t1\t${n}\t0\t0\t0\t10\t10\t-1\t`,
  ...texts.map((t, i) => `5\t${page}\t1\t1\t${n}\t${i + 1}\t0\t0\t10\t10\t90\t${t}`),
];

const crop = (row: number): PreparedLine => ({
  quad: [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
  ],
  transform: { origin: [0, 0], xStep: [1, 0], yStep: [0, 1] },
  row,
});

describe('preparedText', () => {
  it("uses tesseract's lines for a whole page", () => {
    const tsv = [header, ...line(1, 1, '합계:', '10,540'), ...line(1, 2, '감사합니다')].join('\n');
    expect(preparedText(tsv, {})).toBe('합계: 10,540\n감사합니다');
  });

  it("joins line crops by the detector's rows", () => {
    const tsv = [
      header,
      ...line(1, 1, '001'),
      ...line(2, 1, '공주알밤술'),
      ...line(3, 1, '1,300'),
      ...line(4, 1, '2'),
    ].join('\n');
    expect(preparedText(tsv, { lines: [crop(0), crop(0), crop(1), crop(1)] })).toBe(
      '001 공주알밤술\n1,300 2',
    );
  });
});
