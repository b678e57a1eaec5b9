import { describe, expect, it } from 'vitest';
import { parseTsv } from './tsv.ts';

const HEAD = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const tsv = [
  HEAD,
  '1\t1\t0\t0\t0\t0\t0\t0\t800\t600\t-1\t',
  '2\t1\t1\t0\t0\t0\t10\t10\t500\t100\t-1\t',
  '3\t1\t1\t1\t0\t0\t10\t10\t500\t100\t-1\t',
  '4\t1\t1\t1\t1\t0\t10\t10\t300\t40\t-1\t',
  '5\t1\t1\t1\t1\t1\t10\t12\t50\t36\t93.5\t회의는',
  '5\t1\t1\t1\t1\t2\t70\t10\t40\t40\t88\t3월',
  '4\t1\t1\t1\t2\t0\t10\t60\t300\t40\t-1\t',
  '5\t1\t1\t1\t2\t1\t10\t60\t300\t40\t95\t ',
  '4\t1\t2\t1\t1\t0\t10\t120\t100\t30\t-1\t',
  '5\t1\t2\t1\t1\t1\t10\t120\t100\t30\t71.25\tEnd',
  '',
].join('\n');

describe('parseTsv', () => {
  it('groups words under their line with boxes as x0/y0/x1/y1', () => {
    const lines = parseTsv(tsv);
    expect(lines).toHaveLength(2);
    expect(lines[0].box).toEqual({ x0: 10, y0: 10, x1: 310, y1: 50 });
    expect(lines[0].words).toEqual([
      { text: '회의는', conf: 93.5, box: { x0: 10, y0: 12, x1: 60, y1: 48 } },
      { text: '3월', conf: 88, box: { x0: 70, y0: 10, x1: 110, y1: 50 } },
    ]);
    expect(lines[1].words.map((w) => w.text)).toEqual(['End']);
  });
  it('keeps the page number of each line (an image list gives one page per image)', () => {
    const list = [HEAD, '4\t1\t1\t1\t1\t0\t0\t0\t9\t9\t-1\t', '5\t1\t1\t1\t1\t1\t0\t0\t9\t9\t90\tA']
      .concat(['4\t3\t1\t1\t1\t0\t0\t0\t9\t9\t-1\t', '5\t3\t1\t1\t1\t1\t0\t0\t9\t9\t80\tB'])
      .join('\n');
    expect(parseTsv(list).map((l) => [l.page, l.words[0].text])).toEqual([
      [1, 'A'],
      [3, 'B'],
    ]);
  });
  it('drops lines that hold only blank words', () => {
    expect(parseTsv(tsv).some((l) => l.box.y0 === 60)).toBe(false);
  });
  it('returns nothing for empty output', () => {
    expect(parseTsv(HEAD + '\n')).toEqual([]);
  });
});
