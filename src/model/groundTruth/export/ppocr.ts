import { liveView, fieldOf } from '../liveView.ts';
import { quadOf } from '../boxes.ts';
import type { GroundTruth } from '../types.ts';
import { pixelPoints, pixelRect } from './boxes.ts';
import type { CropSpec, ExportOptions, ExportResult } from './types.ts';
import { imageName, oneLine, stem } from './types.ts';

/** PaddleOCR's mark for text that is there but cannot be read: detection keeps it, training skips it. */
export const PPOCR_ILLEGIBLE = '###';

/**
 * PaddleOCR / PPOCRLabel labels. Label.txt: one line per page, the image path, a tab, then a JSON
 * list of {"transcription", "points", "difficult"} with the word's quad in whole pixels (illegible
 * words as "###"). rec_gt.txt: one line per recognition crop, "crop_img/<image>_crop_<k>.jpg",
 * a tab, the text; the crops themselves are cut elsewhere, from the CropSpecs returned.
 */
export function exportPpocr(gt: GroundTruth, opts: ExportOptions): ExportResult {
  const view = liveView(gt);
  const { doc } = view;
  const labels: string[] = [];
  const rec: string[] = [];
  const crops: CropSpec[] = [];
  for (const page of doc.pages) {
    const image = imageName(opts, page.index);
    const items: { transcription: string; points: number[][]; difficult: boolean }[] = [];
    let k = 0;
    for (const wid of page.wordIds) {
      const word = doc.words[wid];
      const f = fieldOf(view, word);
      const quad = quadOf(word.poly);
      const illegible = f.review === 'illegible';
      const text = oneLine(word.text);
      items.push({
        transcription: illegible ? PPOCR_ILLEGIBLE : text,
        points: pixelPoints(quad).map((p) => [p.x, p.y]),
        difficult: false,
      });
      if (illegible || text.length === 0 || (opts.reviewedOnly && f.review === 'unreviewed')) continue;
      const name = `crop_img/${stem(image)}_crop_${k++}.jpg`;
      rec.push(`${name}\t${text}`);
      crops.push({ name, page: page.index, quad, rect: pixelRect(word.poly, page.width, page.height) });
    }
    labels.push(`${image}\t${JSON.stringify(items)}`);
  }
  const file = (name: string, lines: string[]) => ({
    name,
    data: lines.length > 0 ? `${lines.join('\n')}\n` : '',
  });
  return { files: [file('Label.txt', labels), file('rec_gt.txt', rec)], crops };
}
