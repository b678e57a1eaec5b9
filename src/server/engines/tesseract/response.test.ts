import { describe, expect, it } from 'vitest';
import { OcrResponseSchema } from '../../../clova/index.ts';
import { buildResponse, type PageOutcome, type ResponseContext } from './response.ts';

const field = {
  valueType: 'ALL',
  boundingPoly: {
    vertices: [
      { x: 0, y: 0 },
      { x: 9, y: 0 },
      { x: 9, y: 9 },
      { x: 0, y: 9 },
    ],
  },
  inferText: 'a',
  inferConfidence: 1,
};
const pages: PageOutcome[] = [
  { ok: true, pageIndex: 0, width: 100, height: 50, fields: [field] },
  { ok: true, pageIndex: 1, width: 80, height: 40, fields: [] },
];
const ctx: ResponseContext = {
  version: 'v2',
  normalisedVersion: 'V2',
  requestId: 'r-1',
  name: 'doc',
  tables: false,
};

describe('buildResponse', () => {
  it('echoes version, requestId and name, and uses server time', () => {
    const r = buildResponse(ctx, pages, 1723455986947);
    expect([r.version, r.requestId, r.timestamp]).toEqual(['v2', 'r-1', 1723455986947]);
    expect(Object.keys(r)).toEqual(['version', 'requestId', 'timestamp', 'images']);
    expect(r.images.map((i) => i.name)).toEqual(['doc', 'doc']);
    expect(OcrResponseSchema.parse(r)).toEqual(r);
  });

  it('writes one entry per page in CLOVA key order with a fresh 32-hex uid', () => {
    const r = buildResponse(ctx, pages);
    expect(Object.keys(r.images[0])).toEqual([
      'uid',
      'name',
      'inferResult',
      'message',
      'validationResult',
      'convertedImageInfo',
      'fields',
    ]);
    expect(r.images[1].convertedImageInfo).toEqual({ width: 80, height: 40, pageIndex: 1, longImage: false });
    expect(r.images[0].uid).toMatch(/^[0-9a-f]{32}$/);
    expect(r.images[0].uid).not.toBe(r.images[1].uid);
  });

  it('adds tables only when asked, and leaves convertedImageInfo out of V1', () => {
    const withTables = buildResponse({ ...ctx, tables: true }, pages);
    expect(Object.keys(withTables.images[0])).toContain('tables');
    expect(withTables.images[0].tables).toEqual([]);
    const v1 = buildResponse({ ...ctx, version: 'V1', normalisedVersion: 'V1' }, pages);
    expect(v1.images[0].convertedImageInfo).toBeUndefined();
  });

  it('reports a failed page as FAILURE with its reason and no fields', () => {
    const r = buildResponse(ctx, [{ ok: false, pageIndex: 0, message: 'Recognition failure' }]);
    expect(r.images[0]).toMatchObject({ inferResult: 'FAILURE', message: 'Recognition failure', fields: [] });
    expect(OcrResponseSchema.safeParse(r).success).toBe(true);
  });
});
