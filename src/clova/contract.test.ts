import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OcrResponseSchema, OcrRequestSchema, parseLangList, ErrorBodySchema, ERROR_CODES } from './index.ts';

const dir = join(import.meta.dirname, '../../test/fixtures/clova');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('CLOVA response schema', () => {
  it('has the fixtures', () => expect(files.length).toBeGreaterThanOrEqual(7));
  for (const f of files) {
    it(`parses ${f} and keeps every key`, () => {
      const raw = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const parsed = OcrResponseSchema.parse(raw);
      // Unknown keys (originalFileName, imageType, validationResult...) survive: a round trip is identity.
      expect(JSON.parse(JSON.stringify(parsed))).toEqual(raw);
    });
  }
  it('rejects a field without vertices', () => {
    const bad = {
      version: 'V2',
      requestId: 'x',
      timestamp: 1,
      images: [
        {
          uid: 'u',
          name: 'n',
          inferResult: 'SUCCESS',
          message: 'SUCCESS',
          fields: [{ inferText: 'a', inferConfidence: 1 }],
        },
      ],
    };
    expect(OcrResponseSchema.safeParse(bad).success).toBe(false);
  });
});

describe('CLOVA request schema', () => {
  const base = {
    version: 'V2',
    requestId: '1',
    timestamp: 0,
    images: [{ format: 'png', name: 'a', data: 'AA==' }],
  };
  it('accepts the API page examples (lower-case version, string timestamp)', () => {
    expect(OcrRequestSchema.safeParse({ ...base, version: 'v1', timestamp: '1722225600000' }).success).toBe(
      true,
    );
  });
  it('refuses zero or two images', () => {
    expect(OcrRequestSchema.safeParse({ ...base, images: [] }).success).toBe(false);
    expect(OcrRequestSchema.safeParse({ ...base, images: [base.images[0], base.images[0]] }).success).toBe(
      false,
    );
  });
  it('refuses unknown version, format and lang', () => {
    expect(OcrRequestSchema.safeParse({ ...base, version: 'V3' }).success).toBe(false);
    expect(
      OcrRequestSchema.safeParse({ ...base, images: [{ format: 'gif', name: 'a', data: 'AA==' }] }).success,
    ).toBe(false);
    expect(OcrRequestSchema.safeParse({ ...base, lang: 'ko,xx' }).success).toBe(false);
  });
  it('splits lang lists', () => {
    expect(parseLangList('ko, ja, zh-TW')).toEqual(['ko', 'ja', 'zh-TW']);
    expect(parseLangList('en')).toEqual(['en']);
    expect(parseLangList('')).toBeNull();
  });
});

describe('error body', () => {
  it('matches the documented shape', () => {
    const body = {
      code: '0011',
      message: ERROR_CODES['0011'].message,
      path: '/general',
      traceId: 't',
      timestamp: 1,
    };
    expect(ErrorBodySchema.parse(body)).toEqual(body);
    expect(ERROR_CODES['0002'].status).toBe(401);
  });
});
