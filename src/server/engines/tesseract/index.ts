import { availableParallelism, tmpdir } from 'node:os';
import type { Engine } from '../engine.ts';
import { createWorkQueue } from '../../queue/work-queue.ts';
import { checkAvailability, listLanguages } from './availability.ts';
import { runTesseract } from './run.ts';

export interface TesseractEngineOptions {
  /** Pages OCR'd at once across all requests; default one per core (0 also means that). */
  concurrency?: number;
  /** Parent of the per-request temp dirs; default os.tmpdir(). */
  tmpDir?: string;
  /** The tesseract program; default `tesseract` from PATH. */
  tesseractPath?: string;
  logger?: { warn(obj: object, msg: string): void };
}

/**
 * The embedded engine: tesseract (plus poppler for PDF) answering in CLOVA's response format.
 * Without `lang` it reads `kor+eng`; see languages.ts for the language mapping.
 */
export function createTesseractEngine(opts: TesseractEngineOptions = {}): Engine {
  const tesseractPath = opts.tesseractPath ?? 'tesseract';
  const queue = createWorkQueue(
    opts.concurrency && opts.concurrency > 0 ? opts.concurrency : availableParallelism(),
  );
  let languages: Promise<string[]> | undefined;
  const installedLanguages = () => {
    // Cached once known; a failure is not cached, so installing tesseract needs no restart.
    languages ??= listLanguages(tesseractPath).catch((e: unknown) => {
      languages = undefined;
      throw e;
    });
    return languages;
  };
  return {
    name: 'tesseract',
    availability: () => checkAvailability(tesseractPath),
    run: (input) =>
      runTesseract(input, {
        queue,
        tmpDir: opts.tmpDir ?? tmpdir(),
        tesseractPath,
        installedLanguages,
        logger: opts.logger,
      }),
  };
}
