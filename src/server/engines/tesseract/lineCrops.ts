import type { Vertex } from '../../../clova/index.ts';
import { lineBoxToOriginal, type PreparedLine } from './preprocess/index.ts';
import { union } from './box.ts';
import { mergeCjkRuns, type Run, type RunLine } from './cjkRuns.ts';
import { dropFragmentLines } from './fragments.ts';
import { runTesseractOutputs, type RecogniseOptions } from './recognisePage.ts';
import { markSpaces, type SpacedLine } from './spacing.ts';
import { parseTsv, type Box } from './tsv.ts';
import { readFile } from 'node:fs/promises';
import { rereadDigitGroups } from './digitReread.ts';

/**
 * OCRs the straightened line crops of a photo (see preprocess/lines) in ONE tesseract run over
 * their image list, each crop read as a single line (`--psm 7`), and returns runs in page pixels.
 */
export async function recogniseLineCrops(
  listPath: string,
  crops: readonly PreparedLine[],
  page: { width: number; height: number },
  opts: RecogniseOptions,
  /** Where digit groups are re-read (digitReread.ts); without it they are not. */
  digitOpts?: RecogniseOptions,
): Promise<RunLine[]> {
  const { tsv, txt } = await runTesseractOutputs({ path: listPath }, opts, 7);
  const byCrop = cropRuns(tsv, txt, crops.length);
  if (!digitOpts) return placeCropRuns(byCrop, crops, page);
  const files = (await readFile(listPath, 'utf8')).split('\n').filter(Boolean);
  return placeCropRuns(await rereadDigitGroups(byCrop, files, digitOpts), crops, page);
}

/**
 * tesseract's output on an image list of line crops to CLOVA-like lines. Spacing, fragment
 * removal and CJK merging are the whole-page pipeline's (recognisePage.ts), applied per crop
 * because each crop has its own pixel frame. Word boxes then map back to the page as quads
 * (crops are straightened, the page may be skewed), and the crops of one detector row become
 * one line, so `lineBreak` falls at the end of each visual row as CLOVA's does.
 */
export function cropRunLines(
  tsv: string,
  txt: string,
  crops: readonly PreparedLine[],
  page: { width: number; height: number },
): RunLine[] {
  return placeCropRuns(cropRuns(tsv, txt, crops.length), crops, page);
}

/** Each crop's runs in the crop's own pixels (index i: crop i), as the whole-page pipeline makes them. */
export function cropRuns(tsv: string, txt: string, count: number): Run[][] {
  const parsed = parseTsv(tsv);
  const spaced = markSpaces(parsed, txt);
  const byCrop = new Map<number, SpacedLine[]>();
  spaced.forEach((line, i) => {
    const crop = parsed[i].page - 1;
    byCrop.set(crop, [...(byCrop.get(crop) ?? []), line]);
  });
  return Array.from({ length: count }, (_, index) =>
    dropFragmentLines(byCrop.get(index) ?? [])
      .map(mergeCjkRuns)
      .flatMap((l) => l.runs),
  );
}

/** Crop runs on the page, one line per detector row. */
export function placeCropRuns(
  byCrop: readonly (readonly Run[])[],
  crops: readonly PreparedLine[],
  page: { width: number; height: number },
): RunLine[] {
  const rows = new Map<number, Run[]>();
  crops.forEach((crop, index) => {
    const runs = (byCrop[index] ?? []).map((r) => toPage(r, crop, page));
    if (runs.length > 0) rows.set(crop.row, [...(rows.get(crop.row) ?? []), ...runs]);
  });
  return [...rows.values()].map((runs) => ({ box: runs.map((r) => r.box).reduce(union), runs }));
}

/** A run read on a crop, in page pixels: its quad (rounded, kept on the page) and that quad's bounds. */
function toPage(run: Run, crop: PreparedLine, page: { width: number; height: number }): Run {
  const { x0, y0, x1, y1 } = run.box;
  // A word's ink is on the page; only the crop's white margin can map outside it.
  const poly: Vertex[] = lineBoxToOriginal(crop, { left: x0, top: y0, width: x1 - x0, height: y1 - y0 }).map(
    ([x, y]) => ({
      x: Math.min(page.width, Math.max(0, Math.round(x))),
      y: Math.min(page.height, Math.max(0, Math.round(y))),
    }),
  );
  const xs = poly.map((v) => v.x);
  const ys = poly.map((v) => v.y);
  const box: Box = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
  return {
    text: run.text,
    conf: run.conf,
    box,
    poly,
    ...(crop.score === undefined ? {} : { detectorScore: crop.score }),
  };
}
