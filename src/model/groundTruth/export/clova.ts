import { liveFields } from '../live.ts';
import type { GroundTruth } from '../types.ts';
import type { ExportOptions, ExportResult } from './types.ts';

/**
 * The ground truth in CLOVA's own response shape (what GET .../groundtruth returns): corrected
 * inferText, added words in reading order, deleted ones left out, and on each field its `id` and
 * `review` as extra keys, which CLOVA readers ignore (the response objects are loose). The
 * top-level `revision` stays beside CLOVA's `version`.
 */
export function groundTruthResponse(gt: GroundTruth): GroundTruth {
  return { ...gt, images: gt.images.map((image) => ({ ...image, fields: liveFields(image.fields) })) };
}

export function exportClova(gt: GroundTruth, opts: ExportOptions): ExportResult {
  const data = `${JSON.stringify(groundTruthResponse(gt), null, 2)}\n`;
  return { files: [{ name: `${opts.baseName}.clova.json`, data }], crops: [] };
}
