import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunLine } from './cjkRuns.ts';
import { startEarlyRead, type EarlyRead } from './earlyRead.ts';
import { analysePage, mayReadAsIs, prepareAnalysedPage, type PreparedPage } from './preprocess/index.ts';
import type { RenderedPage } from './raster/pageTypes.ts';
import type { RecogniseOptions } from './recognisePage.ts';

export interface PreparationOptions extends RecogniseOptions {
  lineDetector: 'auto' | 'off';
  deskew?: 'auto' | 'off' | 'always';
  warn(detail: object, msg: string, onceKey?: string): void;
}

export interface Preparation {
  prepared: PreparedPage;
  /** tesseract's read of the page as it is, started while preprocessing ran, when that is what is read. */
  early?: Promise<RunLine[]>;
}

/**
 * preparePageForOcr in the page's own directory (its files have fixed names), with the page's
 * read started as soon as the analysis says it will most likely be read as it is (earlyRead.ts).
 * Preprocessing is an improvement, not a requirement: when it fails, the page is read as it is.
 */
export async function preparePage(page: RenderedPage, opts: PreparationOptions): Promise<Preparation> {
  let early: EarlyRead | undefined;
  let prepared: PreparedPage;
  try {
    const dir = join(opts.workDir, `prep-${opts.pageIndex + 1}`);
    await mkdir(dir);
    const analysis = await analysePage(page.path);
    if (mayReadAsIs(analysis)) early = startEarlyRead(page, opts);
    prepared = await prepareAnalysedPage(page.path, dir, analysis, {
      langs: [...opts.langs],
      lineDetector: opts.lineDetector,
      deskew: opts.deskew,
    });
    if (prepared.fallbackReason) {
      opts.warn({ reason: prepared.fallbackReason }, 'photo OCR without the text-line detector', 'detector');
    }
  } catch (e) {
    opts.warn(
      { page: opts.pageIndex, err: e instanceof Error ? e.message : String(e) },
      'page preprocessing failed',
    );
    prepared = asItIs(page);
  }
  if (opts.signal.aborted) {
    // The request's files go once its tasks settle: not before tesseract has exited.
    await early?.cancel();
    opts.signal.throwIfAborted();
  }
  if (early && prepared.decision === 'unchanged' && prepared.path === page.path)
    return { prepared, early: early.lines };
  // Rules painted out or a skew undone: the copy is read instead, once the early read has stopped.
  await early?.cancel();
  return { prepared };
}

function asItIs(page: RenderedPage): PreparedPage {
  return {
    path: page.path,
    scale: 1,
    tesseractArgs: [],
    decision: 'unchanged',
    analysis: {
      width: page.width,
      height: page.height,
      glyphHeight: undefined,
      uniformity: 1,
      clean: true,
    },
  };
}
