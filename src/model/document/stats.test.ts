import { describe, expect, it } from 'vitest';
import { buildDocument } from './document.ts';
import { loadFixture } from '../fixtures.testutil.ts';
import { confidenceHistogram, documentStats, pageStats } from './stats.ts';
import { rect, word } from '../words.testutil.ts';

describe('stats', () => {
  it('counts a whole document and averages word confidence', () => {
    const json = loadFixture('table-kbo.v2.json');
    const doc = buildDocument(json);
    const fields: { inferConfidence: number }[] = json.images[0].fields;
    const mean = fields.reduce((s, f) => s + f.inferConfidence, 0) / fields.length;
    const s = documentStats(doc);
    expect(s).toMatchObject({ pages: 1, words: 69, lines: 17, tables: 1, cells: 16 });
    expect(s.paragraphs).toBe(doc.paragraphs.length);
    expect(s.meanConfidence).toBeCloseTo(mean, 12);
  });

  it('pageStats counts one page by its index; a missing page is all zeros', () => {
    const page = (pageIndex: number, n: number) => ({
      inferResult: 'SUCCESS',
      convertedImageInfo: { width: 100, height: 100, pageIndex },
      fields: Array.from({ length: n }, (_, i) => ({
        boundingPoly: { vertices: rect(0, i * 30, 50, 20) },
        inferText: 'x',
        inferConfidence: pageIndex === 0 ? 1 : 0.5,
      })),
    });
    const doc = buildDocument({ version: 'V1', images: [page(0, 2), page(3, 5)] });
    expect(pageStats(doc, 3)).toMatchObject({ pages: 1, words: 5, tables: 0, cells: 0, meanConfidence: 0.5 });
    expect(pageStats(doc, 0)).toMatchObject({ words: 2, meanConfidence: 1 });
    expect(pageStats(doc, 1)).toEqual({
      pages: 0,
      words: 0,
      lines: 0,
      paragraphs: 0,
      tables: 0,
      cells: 0,
      meanConfidence: 0,
    });
    expect(documentStats(buildDocument({})).meanConfidence).toBe(0);
  });

  it('confidenceHistogram bins over 0..1 with 1.0 in the last bin', () => {
    const words = [0, 0.049, 0.05, 0.5, 0.94, 0.95, 1, 1].map((c, i) =>
      word(i, rect(0, 0, 1, 1), 'x', { confidence: c }),
    );
    const h = confidenceHistogram(words);
    expect(h).toHaveLength(20);
    expect(h[0]).toBe(2);
    expect(h[1]).toBe(1);
    expect(h[10]).toBe(1);
    expect(h[18]).toBe(1);
    expect(h[19]).toBe(3);
    expect(h.reduce((a, b) => a + b, 0)).toBe(words.length);
    expect(confidenceHistogram(words, 2)).toEqual([3, 5]);
  });
});
