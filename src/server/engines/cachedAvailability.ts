import type { EngineAvailability } from './engine.ts';

/**
 * An availability check run at most once per `ttlMs` while it says "available": every OCR request
 * asks, and for tesseract the check is three processes (tesseract --list-langs, pdftoppm -v,
 * pdfinfo -v), 15–50 ms before any work starts. Concurrent callers share one check. An
 * "unavailable" answer is not kept, so installing what was missing needs no restart.
 */
export function cachedAvailability(
  check: () => Promise<EngineAvailability>,
  ttlMs = 60_000,
  now: () => number = Date.now,
): () => Promise<EngineAvailability> {
  let kept: { at: number; answer: Promise<EngineAvailability> } | undefined;
  return () => {
    if (kept && now() - kept.at < ttlMs) return kept.answer;
    const entry = { at: now(), answer: check() };
    kept = entry;
    entry.answer.then(
      (a) => {
        if (!a.available && kept === entry) kept = undefined;
      },
      () => {
        if (kept === entry) kept = undefined;
      },
    );
    return entry.answer;
  };
}
