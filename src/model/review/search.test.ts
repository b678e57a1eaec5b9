import { describe, expect, it } from 'vitest';
import { buildDocument } from '../document/document.ts';
import { loadFixture } from '../fixtures.testutil.ts';
import { image, response, rows } from '../responses.testutil.ts';
import { buildSearchIndex, searchDocument, searchIndex } from './search.ts';
import { normalizeForSearch } from './searchNormalize.ts';

const doc = buildDocument(
  response([
    image(
      0,
      rows([
        ['합계', '１２３', '원'],
        ['Total', 'ＡＢＣ', 'abc'],
      ]),
    ),
    image(
      1,
      rows([
        ['ｶﾀｶﾅ', 'テスト'],
        ['\u1112\u1161\u11ab\u1100\u1173\u11af', '123abc'],
      ]),
    ),
  ]),
);
const texts = (ids: number[]) => ids.map((id) => doc.words[id].text);

describe('searchDocument', () => {
  it('finds full-width digits with a half-width query and the reverse', () => {
    const m = searchDocument(doc, '123');
    expect(m.map((x) => [x.pageIndex, texts(x.wordIds)])).toEqual([
      [0, ['１２３']],
      [1, ['123abc']],
    ]);
    expect(searchDocument(doc, '１２３')).toEqual(m);
  });

  it('ignores case and width: "abc" finds ＡＢＣ, abc and 123abc, in reading order', () => {
    const m = searchDocument(doc, 'abc');
    expect(m.map((x) => texts(x.wordIds))).toEqual([['ＡＢＣ'], ['abc'], ['123abc']]);
    // Ranges are in the line's original text.
    const line = doc.lines[m[0].lineId];
    expect(line.text.slice(m[0].start, m[0].end)).toBe('ＡＢＣ');
    expect(line.text.slice(m[1].start, m[1].end)).toBe('abc');
  });

  it('matches half-width katakana and decomposed Hangul', () => {
    expect(texts(searchDocument(doc, 'カタ')[0].wordIds)).toEqual(['ｶﾀｶﾅ']);
    const m = searchDocument(doc, '한글');
    expect(m).toHaveLength(1);
    expect(doc.lines[m[0].lineId].text.slice(m[0].start, m[0].end)).toBe(
      '\u1112\u1161\u11ab\u1100\u1173\u11af',
    );
  });

  it('spans several words of one line, whatever the spacing in the query', () => {
    const m = searchDocument(doc, '３  원');
    expect(m).toHaveLength(1);
    expect(texts(m[0].wordIds)).toEqual(['１２３', '원']);
    expect(doc.lines[m[0].lineId].text.slice(m[0].start, m[0].end)).toBe('３ 원');
    expect(texts(searchDocument(doc, '합계 123 원')[0].wordIds)).toEqual(['합계', '１２３', '원']);
    // Not across lines.
    expect(searchDocument(doc, '원 total')).toEqual([]);
  });

  it('finds non-overlapping repeats in one line and nothing for an empty query', () => {
    const d = buildDocument(response([image(0, rows([['aaaa', 'aa']]))]));
    expect(searchDocument(d, 'aa').map((x) => [x.start, x.end])).toEqual([
      [0, 2],
      [2, 4],
      [5, 7],
    ]);
    expect(searchDocument(d, '  ')).toEqual([]);
  });

  it('on a real receipt every match folds to the query and count agrees with a plain scan', () => {
    const real = buildDocument(loadFixture('receipt-kingmart.v2.json'));
    const index = buildSearchIndex(real);
    for (const q of ['0', '원', '킹마트', '합 계']) {
      const m = searchIndex(real, index, q);
      const expected = real.lines.reduce((n, l) => {
        const t = normalizeForSearch(l.text);
        const nq = normalizeForSearch(q);
        let c = 0;
        for (let k = t.indexOf(nq); k >= 0; k = t.indexOf(nq, k + nq.length)) c++;
        return n + c;
      }, 0);
      expect(m.length, q).toBe(expected);
      for (const x of m) {
        expect(normalizeForSearch(real.lines[x.lineId].text.slice(x.start, x.end))).toBe(
          normalizeForSearch(q),
        );
        expect(x.wordIds.length).toBeGreaterThan(0);
      }
    }
    expect(searchIndex(real, index, '0').length).toBeGreaterThan(5);
  });
});
