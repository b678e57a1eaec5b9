import { describe, expect, it } from 'vitest';
import { firstPageText } from './firstPageText.ts';

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
