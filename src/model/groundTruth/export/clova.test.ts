import { describe, expect, it } from 'vitest';
import { OcrResponseSchema } from '../../../clova/index.ts';
import { buildDocument } from '../../document/document.ts';
import { GroundTruthSchema } from '../schema.ts';
import { exportClova, groundTruthResponse } from './clova.ts';
import { korean, samples } from './samples.testutil.ts';

describe('exportClova', () => {
  it.each(samples())('is a CLOVA response and a ground truth, deleted fields left out (%s)', (_, gt) => {
    const { files } = exportClova(gt, { baseName: 'doc' });
    expect(files.map((f) => f.name)).toEqual(['doc.clova.json']);
    const json: unknown = JSON.parse(files[0].data);
    expect(OcrResponseSchema.safeParse(json).success).toBe(true);
    const back = GroundTruthSchema.parse(json);
    expect(back.revision).toBe(gt.revision);
    expect(back.images.flatMap((i) => i.fields).some((f) => f.review === 'deleted')).toBe(false);
    expect(buildDocument(json).warnings).toEqual([]);
  });

  it('has the corrected and added text with each review state', () => {
    const fields = groundTruthResponse(korean()).images[0].fields;
    expect(fields.map((f) => [f.id, f.inferText, f.review])).toEqual([
      ['p0.w0', '대한민국', 'accepted'],
      ['p0.w1', '서울특별시청', 'corrected'],
      ['p0.w2', '영수증', 'unreviewed'],
      ['p0.w3', '합계', 'illegible'],
      ['r1.0', '추가', 'added'],
    ]);
  });
});
