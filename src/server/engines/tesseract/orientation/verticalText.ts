import type { PreparedPage } from '../preprocess/index.ts';
import type { RenderedPage } from '../raster/pageTypes.ts';
import type { RunLine } from '../cjkRuns.ts';
import { runLinesFrom, runTesseractOutputs, type RecogniseOptions } from '../recognisePage.ts';
import { scaleRunLines } from '../scaledRuns.ts';
import { parseTsv, type TessLine } from '../tsv.ts';
import { runLinesToOriginal, toTurnedBox, type Size } from './quarterTurns.ts';

/**
 * Reads a page of vertical CJK columns with the vertical models (`jpn_vert`, `chi_tra_vert`) as
 * one block of vertical text (`--psm 5`); tesseract gives boxes on the page as it is, columns
 * right to left. The page's own (or upscaled) image is read, as for horizontal text.
 */
export async function readVerticalPage(
  page: RenderedPage,
  prepared: PreparedPage,
  verticalLangs: readonly string[],
  opts: RecogniseOptions,
): Promise<RunLine[]> {
  const scale = prepared.decision === 'upscaled' ? prepared.scale : 1;
  const input =
    scale === 1
      ? page
      : {
          path: prepared.path,
          width: Math.round(page.width * scale),
          height: Math.round(page.height * scale),
          ...(page.dpi ? { dpi: Math.round(page.dpi * scale) } : {}),
        };
  const { tsv, txt } = await runTesseractOutputs(input, { ...opts, langs: verticalLangs }, 5);
  const lines = verticalRunLines(parseTsv(tsv), txt, input);
  return scale === 1 ? lines : scaleRunLines(lines, 1 / scale);
}

/**
 * Columns to CLOVA-like lines. The horizontal pipeline (spaces, fragments, CJK runs) works along
 * x, so it runs in the frame where the columns are rows: the page turned a quarter
 * counter-clockwise (270° clockwise), where top-to-bottom becomes left-to-right and the rightmost
 * column the first line. Runs then come back as upright boxes: the glyphs stand upright.
 */
export function verticalRunLines(parsed: readonly TessLine[], txt: string, size: Size): RunLine[] {
  const flow = parsed.map((l) => ({
    ...l,
    box: toTurnedBox(l.box, 270, size),
    words: l.words.map((w) => ({ ...w, box: toTurnedBox(w.box, 270, size) })),
  }));
  return runLinesToOriginal(runLinesFrom(flow, txt), 270, size, false);
}
