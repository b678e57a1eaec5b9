import { describe, expect, it } from 'vitest';
import { parseResponseText } from './loadJson.ts';

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
