import { describe, expect, it } from 'vitest';
import { parseResponseText, SPLIT_MIN_CHARS, splitResponseText } from './loadJson.ts';

describe('parseResponseText', () => {
  it('parses JSON, with or without a byte-order mark', () => {
    expect(parseResponseText('a.json', '{"version":"V2"}').json).toEqual({ version: 'V2' });
    expect(parseResponseText('a.json', '\ufeff[1]').json).toEqual([1]);
  });
  it('keeps any shape: the model builder decides what it can show', () => {
    expect(parseResponseText('a.json', '"just a string"').json).toBe('just a string');
  });
  it('explains a syntax error with the file name', () => {
    expect(() => parseResponseText('bad.json', '{"a":')).toThrow(/bad\.json is not valid JSON/);
  });
});

describe('splitResponseText', () => {
  const page = (n: number) => ({
    inferResult: 'SUCCESS',
    fields: Array.from({ length: 300 }, (_, i) => ({
      inferText: `word ${n}-${i}`,
      inferConfidence: 0.9,
      boundingPoly: {
        vertices: [
          { x: i, y: n },
          { x: i + 1, y: n },
          { x: i + 1, y: n + 1 },
          { x: i, y: n + 1 },
        ],
      },
    })),
    convertedImageInfo: { width: 100, height: 100, pageIndex: n },
  });
  const response = {
    version: 'V2',
    requestId: 'r',
    timestamp: 1,
    images: Array.from({ length: 30 }, (_, n) => page(n)),
  };
  const text = JSON.stringify(response);

  it('gives a large multi-page response as its page 1, then the whole sharing page 1', () => {
    expect(text.length).toBeGreaterThanOrEqual(SPLIT_MIN_CHARS);
    const split = splitResponseText('big.json', text)!;
    expect(split.saved).toEqual({
      name: 'big.json',
      json: { ...response, images: [response.images[0]] },
      partial: true,
    });
    const whole = split.whole!();
    expect(whole).toEqual({ name: 'big.json', json: response });
    expect(whole.partial).toBeUndefined();
    const first = (split.saved.json as { images: unknown[] }).images[0];
    expect((whole.json as { images: unknown[] }).images[0]).toBe(first);
  });

  it('parses small texts, and large ones not starting at page 0, whole', () => {
    expect(
      splitResponseText('a.json', JSON.stringify({ version: 'V2', images: [page(0), page(1)] })),
    ).toBeNull();
    const shifted = {
      ...response,
      images: response.images.map((p, n) => ({
        ...p,
        convertedImageInfo: { ...p.convertedImageInfo, pageIndex: n + 3 },
      })),
    };
    expect(splitResponseText('b.json', JSON.stringify(shifted))).toBeNull();
  });

  it('reports a syntax error past page 1 when the whole is parsed, with the file name', () => {
    const split = splitResponseText('cut.json', text.slice(0, -10))!;
    expect(split.saved.partial).toBe(true);
    expect(() => split.whole!()).toThrow(/cut\.json is not valid JSON/);
  });
});
