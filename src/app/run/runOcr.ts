import type { DocSource } from '../loaders/source.ts';
import { buildMessage } from './runOptions.ts';
import type { RunOptions } from './runOptions.ts';
import { engineHeaders, RUN_URL } from './engines.ts';
import { uploadMultipart } from './uploadMultipart.ts';
import type { RunPhase } from './uploadMultipart.ts';
import { pdfSubset } from './pdfSubset.ts';
import { useAccessKey } from './accessKey.ts';

/** A finished run: the raw response, and where its page 0 sits in the document (page ranges of long PDFs). */
export interface RunResult {
  response: unknown;
  pageOffset: number;
  elapsedMs: number;
}

export async function runOcr(
  source: DocSource,
  opts: RunOptions,
  signal: AbortSignal,
  onPhase: (p: RunPhase) => void,
): Promise<RunResult> {
  const t0 = performance.now();
  const file = opts.range ? await pdfSubset(source.file, opts.range) : source.file;
  signal.throwIfAborted();
  const format = source.format === 'tif' ? 'tiff' : source.format;
  const response = await uploadMultipart({
    url: RUN_URL,
    headers: engineHeaders(opts.engine, useAccessKey.getState().key),
    message: buildMessage(opts, source.name, format),
    file,
    fileName: source.name,
    signal,
    onPhase,
  });
  return { response, pageOffset: opts.range?.[0] ?? 0, elapsedMs: performance.now() - t0 };
}
