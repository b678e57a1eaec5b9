import { fieldOf, liveView } from '../liveView.ts';
import type { GroundTruth } from '../types.ts';
import { pixelRect } from './boxes.ts';
import type { CropSpec, ExportFile, ExportOptions, ExportResult } from './types.ts';
import { imageName, oneLine, stem } from './types.ts';

/**
 * tesstrain ground truth: per text line, "<image>_l<nnnn>.gt.txt" holding the line's text (its
 * words joined by spaces, one line) and a CropSpec for the matching "<image>_l<nnnn>.png" line
 * image. Lines with an illegible word are left out: their true text is not known.
 */
export function exportTesstrain(gt: GroundTruth, opts: ExportOptions): ExportResult {
  const view = liveView(gt);
  const { doc } = view;
  const files: ExportFile[] = [];
  const crops: CropSpec[] = [];
  for (const page of doc.pages) {
    const base = stem(imageName(opts, page.index));
    let n = 0;
    for (const lid of page.lineIds) {
      const line = doc.lines[lid];
      const fields = line.wordIds.map((wid) => fieldOf(view, doc.words[wid]));
      if (fields.some((f) => f.review === 'illegible')) continue;
      if (opts.reviewedOnly && fields.some((f) => f.review === 'unreviewed')) continue;
      const text = oneLine(line.text);
      if (text.length === 0) continue;
      const name = `${base}_l${String(++n).padStart(4, '0')}`;
      files.push({ name: `${name}.gt.txt`, data: `${text}\n` });
      crops.push({
        name: `${name}.png`,
        page: page.index,
        quad: line.poly,
        rect: pixelRect(line.poly, page.width, page.height),
      });
    }
  }
  return { files, crops };
}
