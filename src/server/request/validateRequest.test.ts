import { describe, expect, it } from 'vitest';
import { RelayError } from '../errors.ts';
import { validateRequest } from './validateRequest.ts';

const good = {
  version: 'V2',
  requestId: 'r1',
  timestamp: 0,
  images: [{ format: 'png', name: 'a', data: 'AA==' }],
};

function codeOf(value: unknown): { code: string; message: string } {
  try {
    validateRequest(value);
  } catch (e) {
    if (e instanceof RelayError) return { code: e.code, message: e.message };
    throw e;
  }
  return { code: 'ok', message: '' };
}

describe('validateRequest', () => {
  it('accepts the API page examples and normalises version and lang', () => {
    const v = validateRequest({ ...good, version: 'v1', timestamp: '1722225600000', lang: 'ko, ja,zh-TW' });
    expect(v.version).toBe('V1');
    expect(v.langs).toEqual(['ko', 'ja', 'zh-TW']);
    expect(v.request.timestamp).toBe(1722225600000);
    expect(validateRequest(good).langs).toBeUndefined();
  });

  it('answers 0021 for an unknown version and 0011 for a missing one', () => {
    expect(codeOf({ ...good, version: 'V3' })).toMatchObject({ code: '0021' });
    expect(codeOf({ ...good, version: 2 }).code).toBe('0021');
    const { version: _v, ...noVersion } = good;
    expect(codeOf(noVersion)).toMatchObject({
      code: '0011',
      message: expect.stringContaining('version: is required'),
    });
  });

  it('answers 0011 naming the field for the other mistakes', () => {
    expect(codeOf([good]).message).toMatch(/must be a JSON object/);
    expect(codeOf(null).code).toBe('0011');
    expect(codeOf({ ...good, images: [] }).message).toContain('images');
    expect(codeOf({ ...good, images: [good.images[0], good.images[0]] }).message).toContain(
      'exactly one image',
    );
    expect(codeOf({ ...good, images: [{ format: 'gif', name: 'a', data: 'AA==' }] }).message).toContain(
      'images[0].format',
    );
    expect(codeOf({ ...good, lang: 'ko,xx' }).message).toContain('lang');
    expect(codeOf({ ...good, images: [{ format: 'png', data: 'AA==' }] }).message).toContain(
      'images[0].name',
    );
    expect(codeOf({ ...good, enableTableDetection: 'yes' }).code).toBe('0011');
  });
});
