import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportGroundTruth, isExportFormat } from './index.ts';
import { korean } from './samples.testutil.ts';

describe('exportGroundTruth', () => {
  it('dispatches every format, each giving named files', () => {
    const gt = korean();
    const names = Object.fromEntries(
      EXPORT_FORMATS.map((f) => [f, exportGroundTruth(gt, f, { baseName: 'doc' }).files.map((x) => x.name)]),
    );
    expect(names).toEqual({
      clova: ['doc.clova.json'],
      alto: ['doc.alto.xml'],
      page: ['doc_p1.page.xml', 'doc_p2.page.xml'],
      hocr: ['doc.hocr'],
      ppocr: ['Label.txt', 'rec_gt.txt'],
      tesstrain: ['doc_p1_l0001.gt.txt', 'doc_p1_l0002.gt.txt', 'doc_p2_l0001.gt.txt'],
    });
  });

  it('tells formats from other strings', () => {
    expect(isExportFormat('alto')).toBe(true);
    expect(isExportFormat('pdf')).toBe(false);
  });
});
