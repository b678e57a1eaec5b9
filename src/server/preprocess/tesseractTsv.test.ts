import { describe, expect, it } from 'vitest';
import { parseTsvWords, tsvWordsToText } from './tesseractTsv.ts';

const header =
  'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const tsv = [
  header,
  '1\t1\t0\t0\t0\t0\t0\t0\t233\t146\t-1\t',
  '4\t1\t1\t1\t1\t0\t99\t0\t134\t14\t-1\t',
  '5\t1\t1\t1\t1\t1\t99\t0\t63\t14\t95.000000\t ',
  '5\t1\t2\t1\t1\t1\t156\t2\t55\t21\t43.193733\t용량',
  '5\t1\t2\t1\t1\t2\t194\t0\t21\t27\t62.498756\t220',
  '5\t1\t2\t1\t2\t1\t5\t13\t19\t33\t93.195145\t영양정보',
  '',
].join('\n');

describe('parseTsvWords', () => {
  it('keeps non-blank word rows with their box, confidence and line', () => {
    const words = parseTsvWords(tsv);
    expect(words.map((w) => w.text)).toEqual(['용량', '220', '영양정보']);
    expect(words[0]).toEqual({
      text: '용량',
      confidence: 43.193733,
      left: 156,
      top: 2,
      width: 55,
      height: 21,
      page: 1,
      lineKey: '1/2/1/1',
    });
  });
});

describe('tsvWordsToText', () => {
  it('joins words of one line with spaces and lines with newlines', () => {
    expect(tsvWordsToText(parseTsvWords(tsv))).toBe('용량 220\n영양정보');
  });
});
