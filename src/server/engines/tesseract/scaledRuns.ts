import type { RunLine } from './cjkRuns.ts';
import type { Box } from './tsv.ts';

/**
 * Boxes read on an enlarged copy of a page, brought back to the page's pixels (`factor` is
 * page pixels per OCR pixel, i.e. 1 / the upscale). Rounded to whole pixels, as tesseract's own.
 */
export function scaleRunLines(lines: readonly RunLine[], factor: number): RunLine[] {
  const scale = (b: Box): Box => ({
    x0: Math.round(b.x0 * factor),
    y0: Math.round(b.y0 * factor),
    x1: Math.round(b.x1 * factor),
    y1: Math.round(b.y1 * factor),
  });
  return lines.map((l) => ({ box: scale(l.box), runs: l.runs.map((r) => ({ ...r, box: scale(r.box) })) }));
}
