import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recognisePage, tesseractArgs, toRunLines } from './recognisePage.ts';
import { renderTextPage } from '../../../../test/support/documents.ts';

const HEAD = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const row = (
  level: number,
  line: number,
  word: number,
  l: number,
  t: number,
  w: number,
  h: number,
  conf: number,
  text = '',
) => [level, 1, 1, 1, line, word, l, t, w, h, conf, text].join('\t');

// Shaped like tesseract's output for a Korean page: per-syllable words, one too-wide box, and a
// line of jamo fragments inside line 1's box.
const tsv = [
  HEAD,
  row(4, 1, 0, 202, 200, 600, 46, -1),
  row(5, 1, 1, 202, 200, 218, 46, 92.6, '회'),
  row(5, 1, 2, 266, 196, 47, 68, 93.1, '의'),
  row(5, 1, 3, 312, 196, 35, 68, 81.5, '는'),
  row(5, 1, 4, 359, 196, 39, 68, 91.9, '3'),
  row(5, 1, 5, 397, 196, 31, 68, 92.6, '월'),
  row(5, 1, 6, 563, 200, 82, 46, 93.3, '오후'),
  row(4, 2, 0, 451, 225, 275, 21, -1),
  row(5, 2, 1, 451, 225, 31, 20, 71.6, '뜨'),
  row(5, 2, 2, 500, 232, 28, 13, 19.7, 'ㄴ'),
  '',
].join('\n');
const txt = '회의는 3월 오후\n뜨ㄴ\n\f';

describe('toRunLines', () => {
  it('joins syllables at tesseract spaces, drops fragment lines and tidies boxes', () => {
    const lines = toRunLines(tsv, txt);
    expect(lines).toHaveLength(1);
    expect(lines[0].runs.map((r) => [r.text, r.conf, r.box.x0, r.box.x1, r.box.y0, r.box.y1])).toEqual([
      ['회의는', 81.5, 202, 359, 200, 246],
      ['3월', 91.9, 359, 428, 200, 246],
      ['오후', 93.3, 563, 645, 200, 246],
    ]);
  });
});

describe('tesseractArgs', () => {
  it('runs psm 4 once for both outputs, with the CJK model only for CJK languages', () => {
    const page = { path: '/t/p.pgm', width: 10, height: 10, dpi: 300 };
    const ko = tesseractArgs(page, '/t/o', ['kor', 'eng']);
    expect(ko.slice(0, 6)).toEqual(['/t/p.pgm', '/t/o', '-l', 'kor+eng', '--psm', '4']);
    expect(ko).toContain('textord_use_cjk_fp_model=1');
    expect(ko.slice(-2)).toEqual(['txt', 'tsv']);
    expect(ko.join(' ')).toContain('--dpi 300');
    const en = tesseractArgs({ path: '/t/p.png' }, '/t/o', ['eng']);
    expect(en).not.toContain('textord_use_cjk_fp_model=1');
    expect(en).not.toContain('--dpi');
  });
  it('reads line crops (an image list) one line per image with psm 7', () => {
    const list = tesseractArgs({ path: '/t/lines.txt' }, '/t/o', ['kor', 'eng'], 7);
    expect(list.slice(0, 6)).toEqual(['/t/lines.txt', '/t/o', '-l', 'kor+eng', '--psm', '7']);
    expect(list.slice(-2)).toEqual(['txt', 'tsv']);
    // One line per image: no rows to gather, so the page reads' row-slope setting is not passed.
    expect(list.join(' ')).not.toContain('textord_skew_lag');
  });
  it('steadies the row-slope estimate of page reads (repeated lines were read across rows)', () => {
    const page = tesseractArgs({ path: '/t/p.png' }, '/t/o', ['kor']);
    expect(page.join(' ')).toContain('-c textord_skew_lag=0.2');
  });
});

describe('recognisePage (real tesseract)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'recognise-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a generated Korean line as space-separated runs', async () => {
    const path = join(dir, 'ko.png');
    writeFileSync(
      path,
      await renderTextPage({ lines: ['회의실에서 만나요'], lang: 'ko', width: 900, height: 200, margin: 60 }),
    );
    const lines = await recognisePage(
      { path, width: 900, height: 200 },
      {
        tesseractPath: 'tesseract',
        langs: ['kor', 'eng'],
        workDir: dir,
        pageIndex: 0,
        signal: new AbortController().signal,
      },
    );
    expect(lines.flatMap((l) => l.runs.map((r) => r.text))).toEqual(['회의실에서', '만나요']);
    for (const r of lines[0].runs) {
      expect(r.box.x0).toBeGreaterThanOrEqual(50);
      expect(r.box.x1).toBeLessThanOrEqual(900);
    }
  });
});
