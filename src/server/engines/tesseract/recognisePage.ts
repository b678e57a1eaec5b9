import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runChild } from './processes/runChild.ts';
import type { RenderedPage } from './raster/pageTypes.ts';
import { mergeCjkRuns, type RunLine } from './cjkRuns.ts';
import { dropFragmentLines } from './fragments.ts';
import { hasCjk } from './languages.ts';
import { markSpaces } from './spacing.ts';
import { parseTsv, type TessLine } from './tsv.ts';

export interface RecogniseOptions {
  tesseractPath: string;
  /** tessdata names, e.g. ['kor', 'eng']. */
  langs: readonly string[];
  /** Where tesseract writes its outputs (the request's temp dir). */
  workDir: string;
  /** Used to name the outputs. */
  pageIndex: number;
  signal: AbortSignal;
  /** Digit groups re-read with `eng` (digitReread.ts): the page's langs lack it and it is installed. */
  digitReread?: boolean;
}

/** See tesseractArgs: how much each new row moves tesseract's running slope estimate (default 0.02). */
const ROW_SKEW_LAG = 0.2;

/**
 * The tesseract command for one page. Choices, measured on generated ko/ja/zh-TW/en pages
 * (9–14 pt at 200 and 300 dpi, see the engine report):
 * - `--psm 4` (one column of text of varying sizes): `--psm 3`'s layout analysis often takes
 *   Hangul for non-text and lost whole lines (Korean mean CER 0.33, up to 0.98; psm 4: 0.01).
 * - `textord_use_cjk_fp_model=1` with CJK languages: without it Japanese lost lines (CER up to
 *   0.44 with psm 3 or 4; 0.000 with it).
 * - `txt` and `tsv` from the same run: the text carries tesseract's real spaces (see spacing.ts),
 *   and `preserve_interword_spaces=1` keeps them whatever the first language's config says.
 * - `OMP_THREAD_LIMIT=1`: one thread per process; pages run in parallel instead (OpenMP made one
 *   page 3-5x slower on 2 cores).
 * - `textord_skew_lag=0.2` (page reads): tesseract keeps a running estimate of the page's slope while
 *   it gathers glyphs into rows, and by default each new row moves it a lot; on a page whose
 *   sentences repeat in the same places (a form, a price list) the repeats looked like a slope and
 *   rows were read across lines (an A4 Korean page: CER 0.80). 0.2 steadies the estimate; on 27
 *   other clean pages, 0–0.4° skewed, ko/ja/zh-TW/en, the reads were unchanged, and so were the
 *   table, 72-dpi and turned-page benches (bench/experiments/measureRowSkew.ts). Real skew is
 *   still followed (all rows agree), and pages skewed more are turned upright first (deskew.ts).
 * `psm` 7 (one text line per image) is for the line crops of photos, see lineCrops.ts; `psm` 5 (one
 * block of vertical text) for vertical CJK columns, see orientation/verticalText.ts.
 */
export function tesseractArgs(
  page: Pick<RenderedPage, 'path' | 'dpi'>,
  outBase: string,
  langs: readonly string[],
  psm: 4 | 5 | 7 = 4,
): string[] {
  return [
    page.path,
    outBase,
    '-l',
    langs.join('+'),
    '--psm',
    String(psm),
    ...(page.dpi ? ['--dpi', String(page.dpi)] : []),
    '-c',
    'preserve_interword_spaces=1',
    ...(hasCjk(langs) ? ['-c', 'textord_use_cjk_fp_model=1'] : []),
    ...(psm === 4 ? ['-c', `textord_skew_lag=${ROW_SKEW_LAG}`] : []),
    'txt',
    'tsv',
  ];
}

/** Runs tesseract once on a page and returns its lines of CLOVA-like runs, in reading order. */
export async function recognisePage(page: RenderedPage, opts: RecogniseOptions): Promise<RunLine[]> {
  const { tsv, txt } = await runTesseractOutputs(page, opts, 4);
  return toRunLines(tsv, txt);
}

/** One tesseract run writing `txt` and `tsv` for `input` (a page, or an image list), read back. */
export async function runTesseractOutputs(
  input: Pick<RenderedPage, 'path' | 'dpi'>,
  opts: RecogniseOptions,
  psm: 4 | 5 | 7,
): Promise<{ tsv: string; txt: string }> {
  const outBase = outputBase(opts);
  await runChild(opts.tesseractPath, tesseractArgs(input, outBase, opts.langs, psm), {
    signal: opts.signal,
    env: { OMP_THREAD_LIMIT: '1' },
  });
  const [tsv, txt] = await Promise.all([
    readFile(`${outBase}.tsv`, 'utf8'),
    readFile(`${outBase}.txt`, 'utf8'),
  ]);
  return { tsv, txt };
}

/** Where runTesseractOutputs writes (`.tsv`, `.txt`); the files stay until the request's dir goes. */
export function outputBase(opts: Pick<RecogniseOptions, 'workDir' | 'pageIndex'>): string {
  return join(opts.workDir, `ocr-${opts.pageIndex + 1}`);
}

/** TSV + text output to runs: real spaces, glyph-fragment lines dropped, CJK characters joined. */
export function toRunLines(tsv: string, txt: string): RunLine[] {
  return runLinesFrom(parseTsv(tsv), txt);
}

/** toRunLines on parsed lines (whose boxes may have been moved to another frame first). */
export function runLinesFrom(parsed: readonly TessLine[], txt: string): RunLine[] {
  const spaced = markSpaces(parsed, txt);
  return dropFragmentLines(spaced)
    .map(mergeCjkRuns)
    .filter((l) => l.runs.length > 0);
}
