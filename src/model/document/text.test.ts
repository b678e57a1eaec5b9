import { describe, expect, it } from 'vitest';
import { buildDocument } from './document.ts';
import { loadFixture } from '../fixtures.testutil.ts';
import { documentText, PAGE_SEPARATOR, pageText } from './text.ts';
import { rect } from '../words.testutil.ts';

const field = (x: number, y: number, text: string, lineBreak: boolean) => ({
  boundingPoly: { vertices: rect(x, y, 80, 20) },
  inferText: text,
  inferConfidence: 1,
  lineBreak,
});

describe('text', () => {
  const image = (pageIndex: number) => ({
    inferResult: 'SUCCESS',
    convertedImageInfo: { width: 500, height: 500, pageIndex },
    fields: [
      field(0, 0, 'Hello', false),
      field(90, 0, 'world', true),
      field(0, 26, 'again', true),
      field(0, 200, 'Bye', true),
    ],
  });

  it('pageText: lines by newline, paragraphs by a blank line', () => {
    const doc = buildDocument({ version: 'V2', images: [image(0)] });
    expect(pageText(doc, 0)).toBe('Hello world\nagain\n\nBye');
    expect(pageText(doc, 9)).toBe('');
  });

  it('documentText separates pages with a form feed', () => {
    expect(PAGE_SEPARATOR).toBe('\f');
    const doc = buildDocument({ version: 'V2', images: [image(0), image(1)] });
    expect(documentText(doc)).toBe('Hello world\nagain\n\nBye\fHello world\nagain\n\nBye');
    expect(documentText(doc).split(PAGE_SEPARATOR)).toHaveLength(2);
  });

  it('holds every word of a real response exactly once', () => {
    const json = loadFixture('receipt-kingmart.v2.json');
    const doc = buildDocument(json);
    const tokens = documentText(doc).split(/[\n ]+/);
    const expected = json.images[0].fields.flatMap((f: { inferText: string }) => f.inferText.split(' '));
    expect(tokens.sort()).toEqual(expected.sort());
  });
});
