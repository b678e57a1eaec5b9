import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Table } from '../../../clova/index.ts';
import { preparePageForOcr, type PreparedPage } from './preprocess/index.ts';
import { detectTables, type OcrWord } from './tables/index.ts';
import { readGrayPage } from './raster/grayPage.ts';
import type { PageJob, RenderedPage } from './raster/pageTypes.ts';
import type { RunLine } from './cjkRuns.ts';
import { confidence, runVertices, toFields } from './fields.ts';
import { recogniseOriented } from './orientation/orientedPage.ts';
import type { PageOutcome } from './response.ts';
import { calibrateRunLines } from './calibration/index.ts';

export interface PageTaskOptions {
  tesseractPath: string;
  langs: readonly string[];
  version: 'V1' | 'V2';
  tables: boolean;
  workDir: string;
  signal: AbortSignal;
  /** 'off' OCRs photos as whole pages, without the text-line detector. */
  lineDetector: 'auto' | 'off';
  /** 'raw' keeps tesseract's scores; by default they become calibrated probabilities. */
  confidence?: 'calibrated' | 'raw';
  /** Digit groups re-read with `eng` (digitReread.ts). */
  digitReread?: boolean;
  /** 'off' reads skewed clean pages as they are. */
  deskew?: 'auto' | 'off' | 'always';
  /** Logs why a page went without preprocessing; warnings with a `onceKey` are logged once per engine. */
  warn(detail: object, msg: string, onceKey?: string): void;
}

/** Everything one page needs, run as one work-queue task: rasterise, preprocess, OCR, fields, tables. */
export async function runPageTask(job: PageJob, opts: PageTaskOptions): Promise<PageOutcome> {
  const page = await job.render(opts.signal);
  const prepared = await preparePage(page, job.pageIndex, opts);
  opts.signal.throwIfAborted();
  // Turned pages and vertical columns are read upright, boxes in the page as sent.
  const { lines: read } = await recogniseOriented(page, prepared, { ...opts, pageIndex: job.pageIndex });
  const lines =
    opts.confidence === 'raw'
      ? read
      : calibrateRunLines(read, prepared.decision === 'lines' ? 'lines' : 'page');
  return {
    ok: true,
    pageIndex: job.pageIndex,
    width: page.width,
    height: page.height,
    fields: toFields(lines, opts.version),
    ...(opts.tables ? { tables: await pageTables(page, lines) } : {}),
  };
}

/**
 * preparePageForOcr in the page's own directory (its files have fixed names). Preprocessing is an
 * improvement, not a requirement: when it fails, the page is read as it is.
 */
async function preparePage(
  page: RenderedPage,
  pageIndex: number,
  opts: PageTaskOptions,
): Promise<PreparedPage> {
  try {
    const dir = join(opts.workDir, `prep-${pageIndex + 1}`);
    await mkdir(dir);
    const prepared = await preparePageForOcr(page.path, dir, {
      langs: [...opts.langs],
      lineDetector: opts.lineDetector,
      deskew: opts.deskew,
    });
    if (prepared.fallbackReason) {
      opts.warn({ reason: prepared.fallbackReason }, 'photo OCR without the text-line detector', 'detector');
    }
    return prepared;
  } catch (e) {
    opts.warn(
      { page: pageIndex, err: e instanceof Error ? e.message : String(e) },
      'page preprocessing failed',
    );
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
}

/** Tables from the page as rasterised (not a preprocessed copy) and the fields' final quads. */
async function pageTables(page: RenderedPage, lines: readonly RunLine[]): Promise<Table[]> {
  const words: OcrWord[] = lines.flatMap((l) =>
    l.runs.map((r) => ({ text: r.text, confidence: confidence(r.conf), poly: runVertices(r) })),
  );
  return detectTables(await readGrayPage(page), words);
}
