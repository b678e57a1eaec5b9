import type { RelayConfig } from '../config.ts';
import { toRelayError } from '../errorHandler.ts';
import { checkImage } from '../input/checkImage.ts';
import { Scratch } from '../request/scratch.ts';
import { memoryBytes } from '../request/spooledBytes.ts';
import { validateRequest } from '../request/validateRequest.ts';
import { selectEngine } from '../selectEngine.ts';
import type { Engines } from '../selectEngine.ts';
import type { OptionSet } from '../store/optionSet.ts';
import type { ClaimedRun } from '../store/queue.ts';
import type { Store } from '../store/store.ts';
import type { RunOutcome } from './worker.ts';

/**
 * Runs one stored document through an engine exactly as `POST /api/ocr/general` would for a
 * multipart upload of it: the same request contract, image checks, engine selection and engine
 * call, so the stored answer is the one that route gives. CLOVA's error code and message (or the
 * relay's) are the outcome of a failure.
 */
export async function executeRun(
  run: ClaimedRun,
  signal: AbortSignal,
  deps: { store: Store; config: RelayConfig; engines: Engines },
): Promise<RunOutcome> {
  const { store, config, engines } = deps;
  if (!run.options) return { code: '0011', message: 'An imported run has no options to run it with.' };
  const options = JSON.parse(run.options) as OptionSet;
  const file = await store.getDocumentFile(run.document_id);
  if (!file) return { code: '0011', message: 'The document was deleted.' };
  const message = {
    version: options.version,
    requestId: run.id,
    timestamp: Date.now(),
    ...(options.lang ? { lang: options.lang } : {}),
    enableTableDetection: options.enableTableDetection,
    images: [{ format: file.document.format, name: file.document.name }],
  };
  const scratch = new Scratch(config.tmpDir);
  try {
    const engine = await selectEngine(options.engine, config, engines);
    const valid = validateRequest(message, 'batch job');
    const image = {
      bytes: memoryBytes([file.bytes], () => scratch.path('upload')),
      size: file.bytes.length,
      format: file.document.format,
      fileName: file.document.name,
    };
    await checkImage(image, config.maxImagePixels);
    const out = await engine.run({
      request: valid.request,
      version: valid.version,
      langs: valid.langs,
      image,
      multipart: true,
      original: { message: JSON.stringify(message) },
      signal,
      traceId: run.id,
    });
    const text = out.raw ? out.raw.toString('utf8') : JSON.stringify(out.body);
    if (out.status === 200) return { response: text };
    return errorOutcome(out.status, text);
  } catch (err) {
    if (signal.aborted) throw err;
    const relay = toRelayError(err);
    if (relay) return { code: relay.code, message: relay.message };
    throw err;
  } finally {
    await scratch.cleanup();
  }
}

function errorOutcome(status: number, text: string): RunOutcome {
  try {
    const body = JSON.parse(text) as { code?: unknown; message?: unknown };
    if (typeof body.code === 'string') {
      return { code: body.code, message: typeof body.message === 'string' ? body.message : '' };
    }
  } catch {
    // Not JSON: described below.
  }
  return { code: status >= 500 ? '0500' : '0011', message: `The engine answered HTTP ${status}.` };
}
