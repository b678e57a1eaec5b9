import { describe, expect, it } from 'vitest';
import * as gt from './index.ts';

describe('ground-truth barrel', () => {
  it('exposes the kernels the routes and the app build on', () => {
    for (const name of [
      'fromRun',
      'applyChanges',
      'inverseChanges',
      'reviewProgress',
      'matchToRun',
      'groundTruthText',
      'expectedPerPage',
      'exportGroundTruth',
      'groundTruthResponse',
      'GroundTruthSchema',
      'ChangeRequestSchema',
    ]) {
      expect(gt, name).toHaveProperty(name);
    }
    expect(gt.EXPORT_FORMATS).toEqual(['clova', 'alto', 'page', 'hocr', 'ppocr', 'tesstrain']);
  });
});
