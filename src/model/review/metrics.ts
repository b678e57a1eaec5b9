import { editDistance } from './editDistance.ts';

/**
 * Character and word error rates, as OCR evaluations define them: edit distance between the
 * expected and the recognised text over the length of the expected text.
 *
 * Both texts are first NFKC-normalised (so full-width "１" and "1", or decomposed and composed
 * Hangul, are the same character). Then:
 * - CER counts Unicode code points and ignores whitespace entirely: spacing is unreliable in
 *   Korean, Japanese and Chinese OCR, and word-boundary mistakes are what WER measures.
 * - WER counts whitespace-separated words.
 * When the expected text is empty the rate is 0 if nothing was recognised, else 1.
 */

export interface ErrorCount {
  errors: number;
  /** Units (code points or words) in the expected text. */
  length: number;
}

const SPACE = /\s/u;

/** The code points CER compares: NFKC, whitespace dropped. */
export const cerUnits = (s: string): string[] =>
  Array.from(s.normalize('NFKC')).filter((c) => !SPACE.test(c));

/** The words WER compares: NFKC, split on whitespace. */
export const werUnits = (s: string): string[] =>
  s
    .normalize('NFKC')
    .split(/\s+/u)
    .filter((w) => w.length > 0);

export const errorRate = ({ errors, length }: ErrorCount): number =>
  length > 0 ? errors / length : errors > 0 ? 1 : 0;

export function charErrors(expected: string, actual: string): ErrorCount {
  const e = cerUnits(expected);
  return { errors: editDistance(e, cerUnits(actual)), length: e.length };
}

export function wordErrors(expected: string, actual: string): ErrorCount {
  const e = werUnits(expected);
  return { errors: editDistance(e, werUnits(actual)), length: e.length };
}

export const cer = (expected: string, actual: string): number => errorRate(charErrors(expected, actual));
export const wer = (expected: string, actual: string): number => errorRate(wordErrors(expected, actual));
