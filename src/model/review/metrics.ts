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

/**
 * Order-free variants, for comparing an engine's text with CLOVA's, which orders some lines
 * differently (a label after its own value line): a plain CER would count that as errors. Both
 * use the units CER uses (NFKC, whitespace dropped), line by line.
 */

/** Each line's CER units joined; lines that end up empty are dropped. */
export const cerLines = (s: string): string[] =>
  s
    .split(/\r?\n/)
    .map((line) => cerUnits(line).join(''))
    .filter((line) => line.length > 0);

export interface BagErrors extends ErrorCount {
  /** Expected characters with no counterpart in the recognised text. */
  missing: number;
  /** Recognised characters with no counterpart in the expected text. */
  extra: number;
}

function countUnits(units: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of units) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/**
 * Bag-of-characters errors: the multisets of units compared, errors = max(missing, extra), the
 * fewest insertions, deletions and substitutions that turn the recognised text into SOME order of
 * the expected one. A lower bound of charErrors for any line order.
 */
export function bagOfCharsErrors(expected: string, actual: string): BagErrors {
  const e = countUnits(cerUnits(expected));
  const a = countUnits(cerUnits(actual));
  let missing = 0;
  let extra = 0;
  let length = 0;
  for (const [c, n] of e) {
    length += n;
    missing += Math.max(0, n - (a.get(c) ?? 0));
  }
  for (const [c, n] of a) extra += Math.max(0, n - (e.get(c) ?? 0));
  return { missing, extra, errors: Math.max(missing, extra), length };
}

/**
 * Line-sorted errors: each side's lines sorted, joined, then the edit distance. Insensitive to
 * line order, but still charges lines split or merged differently.
 */
export function lineSortedErrors(expected: string, actual: string): ErrorCount {
  const e = Array.from(cerLines(expected).sort().join(''));
  return { errors: editDistance(e, Array.from(cerLines(actual).sort().join(''))), length: e.length };
}

export const bagOfCharsCer = (expected: string, actual: string): number =>
  errorRate(bagOfCharsErrors(expected, actual));
export const lineSortedCer = (expected: string, actual: string): number =>
  errorRate(lineSortedErrors(expected, actual));
