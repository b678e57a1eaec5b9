import type { Table } from '../../../clova/index.ts';
import { preparePage } from './pagePreparation.ts';
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
  const readOpts = { ...opts, pageIndex: job.pageIndex };
  const { prepared, early } = await preparePage(page, readOpts);
  if (opts.signal.aborted) {
    // The early read's tesseract is being killed: the page settles once it has exited (the
    // request's files go when every page has settled).
    await early?.catch(() => undefined);
    opts.signal.throwIfAborted();
  }
  // Turned pages and vertical columns are read upright, boxes in the page as sent.
  const { lines: read } = await recogniseOriented(page, prepared, readOpts, early);
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

/** Tables from the page as rasterised (not a preprocessed copy) and the fields' final quads. */
async function pageTables(page: RenderedPage, lines: readonly RunLine[]): Promise<Table[]> {
  const words: OcrWord[] = lines.flatMap((l) =>
    l.runs.map((r) => ({ text: r.text, confidence: confidence(r.conf), poly: runVertices(r) })),
  );
  return detectTables(await readGrayPage(page), words);
}
