import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { RelayError } from '../../errors.ts';
import { ChildError } from './processes/runChild.ts';
import type { WorkQueue } from './processes/workQueue.ts';
import { planPages } from './raster/planPages.ts';
import { RasterError, type PageJob } from './raster/pageTypes.ts';
import type { EngineInput, EngineOutput } from '../engine.ts';
import { LANGUAGE_PACKAGES } from './availability.ts';
import { tesseractLangs } from './languages.ts';
import { runPageTask } from './pageTask.ts';
import { rereadsDigits } from './digitReread.ts';
import { buildResponse, type PageOutcome } from './response.ts';

export interface RunContext {
  queue: WorkQueue;
  tmpDir: string;
  tesseractPath: string;
  /** Installed tessdata names (cached by the engine). */
  installedLanguages(): Promise<string[]>;
  logger?: { warn(obj: object, msg: string): void };
  /** 'off' keeps photos away from the text-line detector (for comparisons); default 'auto'. */
  lineDetector?: 'auto' | 'off';
  /** 'raw' answers tesseract's own scores instead of calibrated ones; default 'calibrated'. */
  confidence?: 'calibrated' | 'raw';
  /** 'off' keeps digit groups as the page's languages read them (for comparisons); default 'auto'. */
  digitReread?: 'auto' | 'off';
  /** 'off' reads skewed clean pages as they are (for comparisons); default 'auto'. */
  deskew?: 'auto' | 'off' | 'always';
  /** Logs a warning once per key for the engine's life. */
  warnOnce?: (key: string, obj: object, msg: string) => void;
}

/**
 * One /general request on the embedded engine: split the input into pages, OCR them in parallel
 * through the shared queue, answer CLOVA's response with one images[] entry per page. Refusals are
 * thrown as RelayError, which the relay turns into CLOVA's error body (like the clova engine).
 * All files live in a per-request temp dir that is removed once every child has exited.
 */
export async function runTesseract(input: EngineInput, ctx: RunContext): Promise<EngineOutput> {
  // The relay fetches images[].url for engines that need bytes, so this is the one spot that
  // would have to change if the tesseract engine ever fetched URLs itself.
  if (!input.image)
    throw new RelayError('0001', 'The tesseract engine needs the image itself; no image arrived.');
  const image = input.image;
  const langs = tesseractLangs(input.langs);
  const installed = await checkLanguages(langs, ctx);

  const dir = await mkdtemp(join(ctx.tmpDir, 'ocr-tesseract-'));
  // Stops this request's remaining pages when the client leaves or a page fails fatally.
  const stop = new AbortController();
  const onAbort = () => stop.abort(input.signal.reason);
  input.signal.addEventListener('abort', onAbort, { once: true });
  try {
    if (input.signal.aborted) throw input.signal.reason;
    // Tesseract and poppler read files: an upload held in memory is written out here.
    const source = { path: await image.bytes.path(), format: image.format };
    const jobs = await planPages(source, dir, stop.signal).catch(toRelayError);
    const opts = {
      tesseractPath: ctx.tesseractPath,
      langs,
      version: input.version,
      tables: input.request.enableTableDetection === true,
      workDir: dir,
      signal: stop.signal,
      lineDetector: ctx.lineDetector ?? 'auto',
      confidence: ctx.confidence ?? 'calibrated',
      digitReread: ctx.digitReread !== 'off' && rereadsDigits(langs) && installed.includes('eng'),
      deskew: ctx.deskew ?? 'auto',
      warn: (detail: object, msg: string, onceKey?: string) => {
        if (onceKey && ctx.warnOnce) ctx.warnOnce(onceKey, detail, msg);
        else ctx.logger?.warn({ traceId: input.traceId, ...detail }, msg);
      },
    };
    const settled = await Promise.allSettled(
      jobs.map((job) =>
        ctx.queue
          .run(() => runPageTask(job, opts), stop.signal)
          .catch((e: unknown) => {
            if (isFatal(e)) stop.abort(e);
            throw e;
          }),
      ),
    );
    if (input.signal.aborted) throw input.signal.reason;
    const pages = settled.map((s, i) =>
      s.status === 'fulfilled' ? s.value : failedPage(jobs[i], s.reason, ctx, input),
    );
    const body = buildResponse(
      {
        version: input.request.version,
        normalisedVersion: input.version,
        requestId: input.request.requestId,
        name: input.request.images[0].name,
        tables: opts.tables,
      },
      pages,
    );
    return { status: 200, body };
  } finally {
    input.signal.removeEventListener('abort', onAbort);
    stop.abort();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The installed tessdata names, once every one of `langs` is among them. */
async function checkLanguages(langs: readonly string[], ctx: RunContext): Promise<string[]> {
  let installed: string[];
  try {
    installed = await ctx.installedLanguages();
  } catch (e) {
    throw notInstalled(e) ?? e;
  }
  const missing = langs.filter((l) => !installed.includes(l));
  if (missing.length > 0) {
    const pkgs = missing.map((l) => LANGUAGE_PACKAGES[l] ?? `tesseract-ocr-${l}`).join(' ');
    throw new RelayError(
      '0501',
      `Language data ${missing.join(', ')} is not installed on the relay (apt-get install ${pkgs}).`,
    );
  }
  return installed;
}

/** A missing program stops the whole request; other page errors only fail their page. */
function isFatal(e: unknown): boolean {
  return notInstalled(e) !== undefined;
}

function notInstalled(e: unknown): RelayError | undefined {
  if (!(e instanceof ChildError) || e.reason !== 'ENOENT') return undefined;
  const pkg = e.command.endsWith('tesseract') ? 'tesseract-ocr' : 'poppler-utils';
  return new RelayError('0501', `${e.command} is not installed on the relay (apt-get install ${pkg}).`);
}

function toRelayError(e: unknown): never {
  if (e instanceof RasterError) throw new RelayError('0011', e.message);
  throw notInstalled(e) ?? e;
}

function failedPage(job: PageJob, reason: unknown, ctx: RunContext, input: EngineInput): PageOutcome {
  const fatal = notInstalled(reason);
  if (fatal) throw fatal;
  const detail = reason instanceof Error ? reason.message : String(reason);
  ctx.logger?.warn({ traceId: input.traceId, page: job.pageIndex, err: detail }, 'tesseract page failed');
  return { ok: false, pageIndex: job.pageIndex, message: 'Recognition failure' };
}
