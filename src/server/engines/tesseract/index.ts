import { availableParallelism, tmpdir } from 'node:os';
import type { Engine } from '../engine.ts';
import { createWorkQueue } from './processes/workQueue.ts';
import { checkAvailability, listLanguages } from './availability.ts';
import { cachedAvailability } from '../cachedAvailability.ts';
import { onceWarnings } from './onceWarnings.ts';
import { runTesseract } from './run.ts';

export interface TesseractEngineOptions {
  /** Pages OCR'd at once across all requests; default one per core (0 also means that). */
  concurrency?: number;
  /** Parent of the per-request temp dirs; default os.tmpdir(). */
  tmpDir?: string;
  /** The tesseract program; default `tesseract` from PATH. */
  tesseractPath?: string;
  logger?: { warn(obj: object, msg: string): void };
  /**
   * Photos go through the text-line detector (preprocess/lines) when it is installed ('auto', the
   * default); 'off' reads them as whole pages, e.g. to compare.
   */
  lineDetector?: 'auto' | 'off';
  /**
   * 'calibrated' (default): inferConfidence is the probability that the word is right (see
   * calibration/); 'raw': tesseract's own score / 100, e.g. to fit the calibration.
   */
  confidence?: 'calibrated' | 'raw';
  /**
   * 'auto' (default): digit groups on pages read without `eng` are read again with it
   * (digitReread.ts); 'off' keeps the page languages' reading, e.g. to compare.
   */
  digitReread?: 'auto' | 'off';
  /** Slightly skewed clean pages are read turned upright ('auto', the default); 'off' to compare. */
  deskew?: 'auto' | 'off' | 'always';
}

/**
 * The embedded engine: tesseract (plus poppler for PDF) answering in CLOVA's response format.
 * Without `lang` it reads `kor+eng`; see languages.ts for the language mapping. Each page is first
 * looked at by preprocess/ (photos are read line by line, small text enlarged; clean pages as is).
 */
export function createTesseractEngine(opts: TesseractEngineOptions = {}): Engine {
  const tesseractPath = opts.tesseractPath ?? 'tesseract';
  const queue = createWorkQueue(
    opts.concurrency && opts.concurrency > 0 ? opts.concurrency : availableParallelism(),
  );
  const warnOnce = onceWarnings(opts.logger);
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
    availability: cachedAvailability(() => checkAvailability(tesseractPath, installedLanguages)),
    run: (input) =>
      runTesseract(input, {
        queue,
        tmpDir: opts.tmpDir ?? tmpdir(),
        tesseractPath,
        installedLanguages,
        logger: opts.logger,
        lineDetector: opts.lineDetector,
        confidence: opts.confidence,
        digitReread: opts.digitReread,
        deskew: opts.deskew,
        warnOnce,
      }),
  };
}
