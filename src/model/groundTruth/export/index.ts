import type { GroundTruth } from '../types.ts';
import { exportAlto } from './alto.ts';
import { exportClova } from './clova.ts';
import { exportHocr } from './hocr.ts';
import { exportPage } from './page.ts';
import { exportPpocr } from './ppocr.ts';
import { exportTesstrain } from './tesstrain.ts';
import type { ExportOptions, ExportResult } from './types.ts';

export const EXPORT_FORMATS = ['clova', 'alto', 'page', 'hocr', 'ppocr', 'tesstrain'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const exporters: Record<ExportFormat, (gt: GroundTruth, opts: ExportOptions) => ExportResult> = {
  clova: exportClova,
  alto: exportAlto,
  page: exportPage,
  hocr: exportHocr,
  ppocr: exportPpocr,
  tesstrain: exportTesstrain,
};

export const isExportFormat = (s: string): s is ExportFormat =>
  (EXPORT_FORMATS as readonly string[]).includes(s);

/** The ground truth in one format (the route zips `files` when there are several). */
export const exportGroundTruth = (gt: GroundTruth, format: ExportFormat, opts: ExportOptions): ExportResult =>
  exporters[format](gt, opts);

export { exportAlto, exportClova, exportHocr, exportPage, exportPpocr, exportTesstrain };
export { groundTruthResponse } from './clova.ts';
export { PPOCR_ILLEGIBLE } from './ppocr.ts';
export type { CropSpec, ExportFile, ExportOptions, ExportResult } from './types.ts';
