import { describe, expect, it } from 'vitest';
import { buildDocument } from '../document/document.ts';
import { loadFixture } from '../fixtures.testutil.ts';
import { charErrors, wordErrors } from './metrics.ts';
import { image, response, rows } from '../responses.testutil.ts';
import { ownedCodes, ownedUnits, scoreDocument, scorePage, splitTruthPages } from './score.ts';
import { documentText, pageText } from '../document/text.ts';

const doc = buildDocument(
  response([
    image(
      0,
      rows([
        ['합계', '12,000', '원'],
        ['카드', '결제'],
      ]),
    ),
    image(1, rows([['Thank', 'you']])),
  ]),
);
const texts = (ids: number[]) => ids.map((id) => doc.words[id].text);

describe('scorePage', () => {
  it('a perfect transcription scores zero whatever the whitespace runs', () => {
    expect(pageText(doc, 0)).toBe('합계 12,000 원\n\n카드 결제');
    // Read as issue 16 §1 reads it: '합계 12,000 원 카드 결제', 17 code points, 5 words.
    const s = scorePage(doc, 0, ' 합계  12,000\n원\n\n카드\t결제 ');
    expect(s).toMatchObject({ pageIndex: 0, cer: 0, charErrors: 0, chars: 17, errorWordIds: [] });
    expect(s).toMatchObject({ words: 5, wordErrors: 0 });
  });

  it('a missing space is a character error, marked on the word after it', () => {
    // '합계 12,000원 카드결제' is 15 code points; the run has two spaces more: CER 2/15.
    const s = scorePage(doc, 0, '합계 12,000원\n카드결제');
    expect(s).toMatchObject({ charErrors: 2, chars: 15 });
    expect(s.cer).toBeCloseTo(2 / 15, 12);
    expect(texts(s.errorWordIds)).toEqual(['원', '결제']);
    // WER: 3 expected words; each joined pair is one substitution plus one insertion.
    expect(s).toMatchObject({ words: 3, wordErrors: 4 });
  });

  it('marks the words holding substituted and extra characters', () => {
    // Truth says 13,000 (the OCR read 12,000) and 카드 without ' 결제': 1 + 3 edits over 14.
    const s = scorePage(doc, 0, '합계 13,000 원\n카드');
    expect(s.charErrors).toBe(4);
    expect(s.chars).toBe(14);
    expect(s.cer).toBeCloseTo(4 / 14, 12);
    expect(texts(s.errorWordIds)).toEqual(['12,000', '결제']);
    expect(s.wordErrors).toBe(2);
    expect(s.wer).toBeCloseTo(2 / 4, 12);
  });

  it('marks the word before a missing character, or the first word when the gap opens the page', () => {
    expect(texts(scorePage(doc, 0, '합계 12,000 원화\n카드 결제').errorWordIds)).toEqual(['원']);
    expect(texts(scorePage(doc, 0, '총합계 12,000 원\n카드 결제').errorWordIds)).toEqual(['합계']);
  });

  it('a missing page scores everything as deleted', () => {
    expect(scorePage(doc, 7, 'abc')).toMatchObject({ cer: 1, charErrors: 3, chars: 3, errorWordIds: [] });
  });

  it('on a real receipt: three typed mistakes give three char errors on the right words', () => {
    const real = buildDocument(loadFixture('receipt-kingmart.v2.json'));
    const text = pageText(real, 0);
    const ids = real.pages[0].wordIds;
    // Pick three words with a digit and replace their first digit in the expected text.
    const victims = ids.filter((id) => /\d/.test(real.words[id].text)).filter((_, k) => k % 7 === 3);
    const chosen = victims.slice(0, 3);
    let expected = text;
    for (const id of chosen) {
      const w = real.words[id].text;
      const changed = w.replace(/\d/, (d) => String((Number(d) + 1) % 10));
      // Edit inside the word's own line so a repeated word elsewhere is not touched.
      const line = real.lines[real.words[id].lineId].text;
      expected = expected.replace(line, line.replace(w, changed));
    }
    const s = scorePage(real, 0, expected);
    expect(s.charErrors).toBe(3);
    expect(s.charErrors).toBe(charErrors(expected, text).errors);
    expect(s.wordErrors).toBe(wordErrors(expected, text).errors);
    expect(new Set(s.errorWordIds)).toEqual(new Set(chosen));
  });
});

describe('scoreDocument', () => {
  it('totals errors over lengths across the scored pages only', () => {
    const s = scoreDocument(doc, ['합계 13,000 원\n카드 결제', 'Thank yu']);
    expect(s.pages.map((p) => [p.pageIndex, p.charErrors, p.chars])).toEqual([
      [0, 1, 17],
      [1, 1, 8],
    ]);
    expect(s.charErrors).toBe(2);
    expect(s.chars).toBe(25);
    expect(s.cer).toBeCloseTo(2 / 25, 12);
    expect(s.wer).toBeCloseTo(2 / 7, 12);
    const one = scoreDocument(doc, [undefined, 'Thank you']);
    expect(one.pages.map((p) => p.pageIndex)).toEqual([1]);
    expect(one.cer).toBe(0);
  });

  it('splitTruthPages reads what documentText writes', () => {
    const all = scoreDocument(doc, splitTruthPages(documentText(doc)));
    expect(all.pages).toHaveLength(2);
    expect(all.charErrors + all.wordErrors).toBe(0);
  });
});

describe('ownedUnits and ownedCodes', () => {
  it('give each code point of the page text its word; spaces belong to the word after them', () => {
    const texts = ['합계', ' ', '𠮷１', 'a  b'];
    const { units, owner } = ownedUnits(texts);
    expect(units.join('')).toBe('합계 𠮷1 a b');
    expect(owner).toEqual([0, 0, 2, 2, 2, 3, 3, 3, 3]);
    const codes = ownedCodes(texts);
    expect([...codes.codes].map((c) => String.fromCodePoint(c))).toEqual(units);
    expect([...codes.owner]).toEqual(owner);
  });
});
