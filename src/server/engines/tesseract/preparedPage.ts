import { join } from 'node:path';
import type { PreparedPage } from './preprocess/index.ts';
import type { RenderedPage } from './raster/pageTypes.ts';
import type { RunLine } from './cjkRuns.ts';
import { recogniseLineCrops } from './lineCrops.ts';
import { recognisePage, type RecogniseOptions } from './recognisePage.ts';
import { scaleRunLines } from './scaledRuns.ts';
import { rereadPageDigits } from './digitReread.ts';
import { deskewedRunLines } from './preprocess/deskew.ts';
import { recogniseSmallText } from './cjkReread.ts';

/**
 * OCRs what preparePageForOcr chose for a page and answers in the page's own pixels:
 * - `unchanged`: the page itself, or its copy without rules (same pixels otherwise);
 * - `upscaled`: the enlarged (and, when skewed, turned upright) copy, boxes mapped back as quads;
 *   small text is also read by the CJK models alone where the request mixes scripts (cjkReread.ts);
 * - `lines`: the photo's line crops, word boxes mapped back as quads.
 * Digit groups are then re-read with `eng` on what tesseract read (digitReread.ts), before boxes move.
 */
export function recognisePreparedPage(
  page: RenderedPage,
  prepared: PreparedPage,
  opts: RecogniseOptions,
  /** tesseract's read of `page` itself, already started (earlyRead.ts): used when that is what is read. */
  early?: Promise<RunLine[]>,
): Promise<RunLine[]> {
  switch (prepared.decision) {
    case 'unchanged':
      return (
        early && prepared.path === page.path ? early : recognisePage({ ...page, path: prepared.path }, opts)
      ).then((lines) => rereadPageDigits(lines, prepared.path, digitOpts(opts)));
    case 'upscaled': {
      const { frame, scale } = prepared;
      // Only enlarged text gets the CJK-only second read: at readable sizes the mixed read is sound.
      return (scale > 1 ? recogniseSmallText : recognisePage)(
        {
          path: prepared.path,
          width: frame ? frame.width : Math.round(page.width * scale),
          height: frame ? frame.height : Math.round(page.height * scale),
          // tesseract sizes its layout analysis by dpi: the copy has more pixels per inch.
          ...(page.dpi ? { dpi: Math.round(page.dpi * prepared.scale) } : {}),
        },
        opts,
      )
        .then((lines) => rereadPageDigits(lines, prepared.path, digitOpts(opts)))
        .then((lines) => (frame ? deskewedRunLines(lines, frame, scale) : scaleRunLines(lines, 1 / scale)));
    }
    case 'lines':
      return recogniseLineCrops(
        prepared.path,
        prepared.lines ?? [],
        page,
        opts,
        opts.digitReread ? digitOpts(opts) : undefined,
      );
  }
}

/** The digit re-read's own directory: the page's outputs (read again by the orientation step) stay. */
function digitOpts(opts: RecogniseOptions): RecogniseOptions {
  return { ...opts, workDir: join(opts.workDir, `digits-${opts.pageIndex + 1}`) };
}
