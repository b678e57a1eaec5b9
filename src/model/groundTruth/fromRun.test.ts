import { describe, expect, it } from 'vitest';
import { OcrResponseSchema } from '../../clova/index.ts';
import { fixtureNames, loadFixture } from '../fixtures.testutil.ts';
import { fromRun, runFieldId } from './fromRun.ts';
import { GroundTruthSchema } from './schema.ts';

describe('fromRun', () => {
  it.each(fixtureNames())('makes every word unreviewed with deterministic, unique ids (%s)', (name) => {
    const response = OcrResponseSchema.parse(loadFixture(name));
    const gt = fromRun(response);
    expect(GroundTruthSchema.safeParse(gt).success).toBe(true);
    expect(gt.revision).toBe(0);
    expect(gt.version).toBe(response.version);
    const fields = gt.images.flatMap((i) => i.fields);
    expect(fields).toHaveLength(response.images.flatMap((i) => i.fields ?? []).length);
    expect(fields.every((f) => f.review === 'unreviewed')).toBe(true);
    expect(fields.map((f) => f.id)).toEqual(fields.map((_, k) => runFieldId(0, k)));
    expect(fromRun(response)).toEqual(gt);
  });

  it('names ids by page index, whatever the order of images[]', () => {
    const image = (pageIndex: number) => ({
      uid: `u${pageIndex}`,
      name: 'n',
      inferResult: 'SUCCESS',
      message: 'SUCCESS',
      convertedImageInfo: { width: 10, height: 10, pageIndex },
      fields: [{ boundingPoly: { vertices: [{ x: 0, y: 0 }] }, inferText: 't', inferConfidence: 1 }],
    });
    const gt = fromRun(
      OcrResponseSchema.parse({ version: 'V2', requestId: 'r', timestamp: 0, images: [image(1), image(0)] }),
    );
    expect(gt.images.map((i) => i.fields[0].id)).toEqual(['p1.w0', 'p0.w0']);
  });
});
