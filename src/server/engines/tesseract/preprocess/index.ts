import { MAX_PAGE_PIXELS } from '../raster/limits.ts';
import { analysePage, type PageAnalysis } from './pageAnalysis.ts';
import { upscaleFactor } from './upscaleFactor.ts';
import { deskewAngle } from './deskew.ts';
import { ocrCopy } from './ocrCopy.ts';
import type { Frame } from '../tables/frame.ts';
import { pageWithoutRulesAndSkew } from './pageWithoutRules.ts';
import { prepareLinesForOcr, type PreparedLine } from './lines/prepareLines.ts';
import { loadTextLineDetector } from './lines/textLineDetector.ts';

export { lineBoxToOriginal, type PreparedLine } from './lines/prepareLines.ts';
export { loadTextLineDetector } from './lines/textLineDetector.ts';
export { readingRows } from './lines/readingRows.ts';
export { analysePage, type PageAnalysis } from './pageAnalysis.ts';

/**
 * What the engine should OCR instead of the original page, chosen by the measurements in
 * bench/experiments/measurePhotoCer.ts:
 * - `unchanged`: clean page with readable text: OCR the original, or a copy without its rules.
 * - `upscaled`: clean page with small text or a slight skew: OCR an enlarged (scale >= 1) grey copy,
 *   turned upright when `frame` is set; coordinates map back through `frame` and `scale`.
 * - `lines`: photo, and the text-line detector is installed: `path` is a tesseract image list of
 *   straightened line crops; tsv `page_num` n is `lines[n-1]`, and word boxes map back with
 *   lineBoxToOriginal (they are quads then: photos are skewed).
 * - photo without the detector: `unchanged` (no whole-page filter beat plain tesseract on photos).
 * convertedImageInfo stays the original page size in every case. Inputs may be any format sharp
 * reads, or the engine's binary PGM pages.
 */
export interface PreparedPage {
  path: string;
  /** OCR pixels per original pixel (1 for `unchanged` and `lines`). */
  scale: number;
  /** Extra tesseract arguments, e.g. `--psm 7` for line crops. */
  tesseractArgs: string[];
  decision: 'unchanged' | 'upscaled' | 'lines';
  /** Present when decision is `lines`. */
  lines?: PreparedLine[];
  analysis: PageAnalysis;
  /** Why a photo was left `unchanged` although the detector was wanted (it is not installed or failed to load). */
  fallbackReason?: string;
  /** Clean pages: how many rules were painted out of `path` (issue 17 §1, see ruleRemoval.ts). */
  rulesRemoved?: number;
  /**
   * Present when the clean page was skewed: `path` is the copy (after any upscaling) turned back
   * by `frame.degrees`; boxes map to the page through frame.toOriginal, then divide by `scale`.
   */
  frame?: Frame;
}

export interface PrepareOptions {
  /** Accepted for the engine's convenience; the preprocessing itself does not depend on the script. */
  langs?: string[];
  /** 'off' skips the text-line detector even when installed (e.g. to compare). Default 'auto'. */
  lineDetector?: 'auto' | 'off';
  /**
   * 'auto' (default) turns clean pages skewed by MIN_DESKEW_DEGREES or more upright; 'off' reads
   * them as they are and 'always' turns any measurable skew (both to compare).
   */
  deskew?: 'auto' | 'off' | 'always';
}

/** Prepares one page image (PNG/JPEG/TIFF page) for tesseract; writes any new files into `outDir`. */
export async function preparePageForOcr(
  inputPath: string,
  outDir: string,
  opts: PrepareOptions = {},
): Promise<PreparedPage> {
  return prepareAnalysedPage(inputPath, outDir, await analysePage(inputPath), opts);
}

/**
 * Whether an analysed page will be read as it is unless the rule search finds rules or a skew to
 * undo: a clean page with text big enough (the common scan). The engine starts reading such a
 * page while that search runs (earlyRead.ts).
 */
export function mayReadAsIs(analysis: PageAnalysis): boolean {
  return analysis.clean && upscaleFactor(analysis.glyphHeight) <= 1;
}

/** preparePageForOcr once analysePage has looked at the page. */
export async function prepareAnalysedPage(
  inputPath: string,
  outDir: string,
  analysis: PageAnalysis,
  opts: PrepareOptions = {},
): Promise<PreparedPage> {
  if (!analysis.clean) {
    const load = opts.lineDetector === 'off' ? undefined : await loadTextLineDetector();
    if (load?.available) {
      const prepared = await prepareLinesForOcr(inputPath, outDir, load.detector);
      return {
        path: prepared.listPath,
        scale: 1,
        tesseractArgs: prepared.tesseractArgs,
        decision: 'lines',
        lines: prepared.lines,
        analysis,
      };
    }
    return {
      path: inputPath,
      scale: 1,
      tesseractArgs: [],
      decision: 'unchanged',
      analysis,
      ...(load ? { fallbackReason: load.reason } : {}),
    };
  }
  // Rules read as `|`, `ㅣ` or `1`: tesseract reads (and the upscaling starts from) a copy without them.
  // The rule search measures the page's skew too (rules and rows of text line up at it).
  const {
    path: source,
    rulesRemoved,
    skewDegrees,
  } = await pageWithoutRulesAndSkew(inputPath, outDir, analysis.glyphHeight);
  // Never past the raster's own pixel cap: tesseract's memory and time grow with the pixels.
  const cap = Math.sqrt(MAX_PAGE_PIXELS / (analysis.width * analysis.height));
  const factor = Math.min(upscaleFactor(analysis.glyphHeight), cap);
  // A turned copy's canvas is larger than the page: none for pages already at the cap.
  const degrees = cap > 1 && opts.deskew !== 'off' ? deskewAngle(skewDegrees, opts.deskew === 'always') : 0;
  if (factor <= 1 && degrees === 0)
    return { path: source, scale: 1, tesseractArgs: [], decision: 'unchanged', analysis, rulesRemoved };
  // Floor, so the cap holds after rounding too.
  const f = Math.max(1, factor);
  const copy = await ocrCopy(
    source,
    analysis.width,
    Math.floor(analysis.width * f),
    Math.floor(analysis.height * f),
    degrees,
    outDir,
  );
  return {
    path: copy.path,
    scale: copy.scale,
    tesseractArgs: [],
    decision: 'upscaled',
    analysis,
    rulesRemoved,
    ...(copy.frame ? { frame: copy.frame } : {}),
  };
}
