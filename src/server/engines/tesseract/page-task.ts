import type { Table } from '../../../clova/index.ts';
import { detectTables, type OcrWord } from '../../tables/index.ts';
import { readGrayPage } from '../../raster/gray-page.ts';
import type { PageJob, RenderedPage } from '../../raster/page-types.ts';
import type { RunLine } from './cjk-runs.ts';
import { boxVertices, confidence, toFields } from './fields.ts';
import { recognisePage } from './recognise-page.ts';
import type { PageOutcome } from './response.ts';

export interface PageTaskOptions {
  tesseractPath: string;
  langs: readonly string[];
  version: 'V1' | 'V2';
  tables: boolean;
  workDir: string;
  signal: AbortSignal;
}

/** Everything one page needs, run as one work-queue task: rasterise, OCR, fields, tables. */
export async function runPageTask(job: PageJob, opts: PageTaskOptions): Promise<PageOutcome> {
  const page = await job.render(opts.signal);
  const lines = await recognisePage(page, { ...opts, pageIndex: job.pageIndex });
  return {
    ok: true,
    pageIndex: job.pageIndex,
    width: page.width,
    height: page.height,
    fields: toFields(lines, opts.version),
    ...(opts.tables ? { tables: await pageTables(page, lines) } : {}),
  };
}

async function pageTables(page: RenderedPage, lines: readonly RunLine[]): Promise<Table[]> {
  const words: OcrWord[] = lines.flatMap((l) =>
    l.runs.map((r) => ({ text: r.text, confidence: confidence(r.conf), poly: boxVertices(r.box) })),
  );
  return detectTables(await readGrayPage(page), words);
}
