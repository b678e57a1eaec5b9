import { describe, expect, it } from 'vitest';
import { buildDocument } from '../index.ts';
import { syntheticResponse } from '../../../bench/synthetic.ts';
import { firstPageOnly, firstPageText, SPLIT_MIN_FIELDS } from './firstPage.ts';

describe('firstPageOnly', () => {
  const big = syntheticResponse({ pages: 3, fieldsPerPage: 2000, tableRows: 10, tableCols: 5 });

  it('gives exactly the full model page 0: same words, lines, paragraphs, tables, cells and ids', () => {
    const full = buildDocument(big);
    const part = buildDocument(firstPageOnly(big));
    const p0 = full.pages[0];
    expect(part.pages).toHaveLength(1);
    expect(part.pages[0]).toEqual(p0);
    expect(part.words).toEqual(full.words.slice(0, part.words.length));
    expect(part.words.length).toBe(p0.wordIds.length);
    expect(part.lines).toEqual(full.lines.slice(0, part.lines.length));
    expect(part.paragraphs).toEqual(full.paragraphs.slice(0, part.paragraphs.length));
    expect(part.tables).toEqual(full.tables.slice(0, part.tables.length));
    expect(part.cells).toEqual(full.cells.slice(0, part.cells.length));
  });

  it('leaves small, single-page and reordered responses to be built at once', () => {
    const small = syntheticResponse({ pages: 2, fieldsPerPage: 100, tableRows: 2, tableCols: 2 });
    expect(firstPageOnly(small)).toBeNull();
    expect(firstPageOnly({ images: [big.images[0]] })).toBeNull();
    const moved = {
      ...big,
      images: [
        { ...big.images[0], convertedImageInfo: { ...big.images[0].convertedImageInfo, pageIndex: 2 } },
        ...big.images.slice(1),
      ],
    };
    expect(firstPageOnly(moved)).toBeNull();
    expect(firstPageOnly('nope')).toBeNull();
    expect(SPLIT_MIN_FIELDS).toBeGreaterThan(1000);
  });
});

const page = (n: number, text = `w${n}`) => ({
  inferResult: 'SUCCESS',
  fields: [{ inferText: text, inferConfidence: 0.9, boundingPoly: { vertices: [{ x: n, y: 0 }] } }],
  convertedImageInfo: { width: 10, height: 10, pageIndex: n },
});

describe('firstPageText', () => {
  it('cuts a multi-page response after its first page, keeping the keys before images', () => {
    const response = { version: 'V2', requestId: 'r', timestamp: 1, images: [page(0), page(1), page(2)] };
    const cut = firstPageText(JSON.stringify(response));
    expect(JSON.parse(cut!)).toEqual({ ...response, images: [page(0)] });
  });

  it('copes with whitespace, nested arrays and brackets, quotes and escapes inside strings', () => {
    const tricky = page(0, 'a "]}[{" \\ b \u00e9 \ud55c');
    const response = { version: 'V2', images: [tricky, page(1)] };
    const cut = firstPageText(JSON.stringify(response, null, 2));
    expect(JSON.parse(cut!)).toEqual({ ...response, images: [tricky] });
  });

  it('cuts a file truncated after page 1 too: the whole parse that follows reports it', () => {
    expect(firstPageText('{"version":"V2","images":[{"a":1},')).toBe('{"version":"V2","images":[{"a":1}]}');
  });

  it('leaves what it cannot cut safely to a whole parse', () => {
    expect(firstPageText(JSON.stringify({ version: 'V2', images: [page(0)] }))).toBeNull(); // one page
    expect(firstPageText(JSON.stringify({ images: [page(0), page(1)], version: 'V2' }))).toBeNull(); // version after
    expect(firstPageText(JSON.stringify({ version: 'V2', images: {} }))).toBeNull();
    expect(firstPageText(JSON.stringify([page(0), page(1)]))).toBeNull();
    expect(firstPageText('{"version":"V2","images":[{"a":"unterminated')).toBeNull();
    expect(firstPageText('')).toBeNull();
    expect(firstPageText('not json')).toBeNull();
  });
});
