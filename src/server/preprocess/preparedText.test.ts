import { describe, expect, it } from 'vitest';
import { preparedText } from './preparedText.ts';
import type { PreparedLine } from './lines/prepareLines.ts';

const header =
  'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const word = (page: number, line: number, text: string) =>
  `5\t${page}\t1\t1\t${line}\t1\t0\t0\t10\t10\t90\t${text}`;

const line = (row: number): PreparedLine => ({
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
    const tsv = [header, word(1, 1, '합계:'), word(1, 1, '10,540'), word(1, 2, '감사합니다')].join('\n');
    expect(preparedText(tsv, {})).toBe('합계: 10,540\n감사합니다');
  });

  it("joins line crops by the detector's rows", () => {
    const tsv = [
      header,
      word(1, 1, '001'),
      word(2, 1, '공주알밤술'),
      word(3, 1, '1,300'),
      word(4, 1, '2'),
    ].join('\n');
    expect(preparedText(tsv, { lines: [line(0), line(0), line(1), line(1)] })).toBe(
      '001 공주알밤술\n1,300 2',
    );
  });
});
