import { describe, expect, it } from 'vitest';
import { buildDocument } from '../document/document.ts';
import { loadFixture } from '../fixtures.testutil.ts';
import { image, response, rows } from '../responses.testutil.ts';
import {
  documentConfidenceHistogram,
  doubtfulCountsPerPage,
  doubtfulWords,
  isDoubtful,
  nextDoubtful,
  pageConfidenceHistogram,
  readingOrder,
} from './triage.ts';

/** Words named by their confidence: "d" words are doubtful (0.5), "o" words fine (0.99). */
const conf = (t: string) => (t.startsWith('d') ? 0.5 : 0.99);

// Pages 0, 2 and 5 (gaps are possible); page 2 has no doubtful word.
const doc = buildDocument(
  response([
    image(
      0,
      rows(
        [
          ['o0', 'd1'],
          ['o2', 'd3'],
        ],
        conf,
      ),
    ),
    image(2, rows([['o4', 'o5']], conf)),
    image(5, rows([['d6'], ['o7', 'd8']], conf)),
  ]),
);
const idOf = (text: string) => doc.words.find((w) => w.text === text)!.id;
const textOf = (id: number | null) => (id === null ? null : doc.words[id].text);

describe('triage', () => {
  it('lists doubtful words in reading order across pages', () => {
    expect(readingOrder(doc).map(textOf)).toEqual(['o0', 'd1', 'o2', 'd3', 'o4', 'o5', 'd6', 'o7', 'd8']);
    expect(doubtfulWords(doc, 0.8).map(textOf)).toEqual(['d1', 'd3', 'd6', 'd8']);
    expect(doubtfulWords(doc, 0.5)).toEqual([]);
    expect(doubtfulWords(doc, 1).length).toBe(9);
  });

  it('counts NaN confidence as doubtful', () => {
    expect(isDoubtful({ ...doc.words[0], confidence: NaN }, 0.1)).toBe(true);
    expect(isDoubtful({ ...doc.words[0], confidence: 0.1 }, 0.1)).toBe(false);
  });

  it('steps forwards and backwards with wrap-around across pages', () => {
    expect(textOf(nextDoubtful(doc, 0.8, idOf('d1'), 1))).toBe('d3');
    expect(textOf(nextDoubtful(doc, 0.8, idOf('d3'), 1))).toBe('d6');
    expect(textOf(nextDoubtful(doc, 0.8, idOf('d8'), 1))).toBe('d1');
    expect(textOf(nextDoubtful(doc, 0.8, idOf('d1'), -1))).toBe('d8');
    expect(textOf(nextDoubtful(doc, 0.8, idOf('d6'), -1))).toBe('d3');
  });

  it('starts from a selected word that is not doubtful', () => {
    expect(textOf(nextDoubtful(doc, 0.8, idOf('o4'), 1))).toBe('d6');
    expect(textOf(nextDoubtful(doc, 0.8, idOf('o4'), -1))).toBe('d3');
  });

  it('without a selection starts at the document ends or at the given page', () => {
    expect(textOf(nextDoubtful(doc, 0.8, null, 1))).toBe('d1');
    expect(textOf(nextDoubtful(doc, 0.8, null, -1))).toBe('d8');
    expect(textOf(nextDoubtful(doc, 0.8, null, 1, 2))).toBe('d6');
    expect(textOf(nextDoubtful(doc, 0.8, null, -1, 2))).toBe('d3');
    expect(textOf(nextDoubtful(doc, 0.8, null, 1, 5))).toBe('d6');
    expect(textOf(nextDoubtful(doc, 0.8, null, -1, 5))).toBe('d8');
    expect(textOf(nextDoubtful(doc, 0.8, null, -1, 0))).toBe('d3');
    // A page index between pages starts at the next page; past the last page wraps to the first.
    expect(textOf(nextDoubtful(doc, 0.8, null, 1, 3))).toBe('d6');
    expect(textOf(nextDoubtful(doc, 0.8, null, 1, 9))).toBe('d1');
  });

  it('returns the only doubtful word itself and null when there is none', () => {
    const one = buildDocument(response([image(0, rows([['o0', 'd1', 'o2']], conf))]));
    expect(nextDoubtful(one, 0.8, 1, 1)).toBe(1);
    expect(nextDoubtful(one, 0.8, 1, -1)).toBe(1);
    expect(nextDoubtful(one, 0.3, 1, 1)).toBeNull();
    expect(nextDoubtful(buildDocument(response([])), 0.8, null, 1)).toBeNull();
  });

  it('counts doubtful words per page, every page included', () => {
    expect([...doubtfulCountsPerPage(doc, 0.8)]).toEqual([
      [0, 2],
      [2, 0],
      [5, 2],
    ]);
  });

  it('histograms one page and the document', () => {
    // 4 bins: 0.5 falls in [0.5, 0.75), 0.99 in [0.75, 1].
    expect(pageConfidenceHistogram(doc, 5, 4)).toEqual([0, 0, 2, 1]);
    expect(pageConfidenceHistogram(doc, 7, 4)).toEqual([0, 0, 0, 0]);
    expect(documentConfidenceHistogram(doc, 4)).toEqual([0, 0, 4, 5]);
  });

  it('agrees with a direct count on a real receipt', () => {
    const real = buildDocument(loadFixture('receipt-kingmart.v2.json'));
    const low = real.words.filter((w) => w.confidence < 0.9).length;
    expect(low).toBeGreaterThan(0);
    expect(doubtfulWords(real, 0.9)).toHaveLength(low);
    expect(doubtfulCountsPerPage(real, 0.9).get(0)).toBe(low);
    // Walking forwards visits every doubtful word once before coming back to the first.
    const seen: number[] = [];
    let at = nextDoubtful(real, 0.9, null, 1);
    while (at !== null && !seen.includes(at)) {
      seen.push(at);
      at = nextDoubtful(real, 0.9, at, 1);
    }
    expect(seen).toEqual(doubtfulWords(real, 0.9));
  });
});
