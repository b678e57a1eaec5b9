import { editDistance } from './editDistance.ts';

/**
 * Character and word error rates: the product's one definition (issue 16 §1), used by the Score
 * tab, the quality report, ground truth as text, the engine tests and the bench.
 *
 * - Both texts are NFKC-normalised (full-width "１" is "1", decomposed Hangul composes), every run
 *   of whitespace becomes one space, and the ends are trimmed (normalizeText).
 * - A recognised page's text is its words' inferText in the response's order joined by single
 *   spaces (wordsText), then normalised the same way.
 * - CER = Levenshtein distance over code points (the single spaces included) / ground-truth code
 *   points; WER the same over space-separated words. Totals are sums of distances over sums of
 *   lengths. When the expected text is empty the rate is 0 if nothing was recognised, else 1.
 */

export interface ErrorCount {
  errors: number;
  /** Units (code points or words) in the expected text. */
  length: number;
}

/**
 * Printable ASCII and precomposed Hangul are already normal (NFKC leaves them as they are), and so
 * is a text of such runs joined by single spaces: most words and pages, spared the normalisation
 * (the report reads millions of words). A loop over char codes: cheaper than a regular expression
 * for the short words it mostly sees.
 */
function alreadyNormal(s: string): boolean {
  // Starts as if after a space: a leading space is not normal.
  let afterSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if ((c >= 0x21 && c <= 0x7e) || (c >= 0xac00 && c <= 0xd7a3)) afterSpace = false;
    else return false;
  }
  return !afterSpace || s.length === 0;
}

/** Issue 16 §1's normalisation, for both sides of every comparison. */
export const normalizeText = (s: string): string =>
  alreadyNormal(s) ? s : s.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** A recognised page's text: its words' texts in response order, joined by single spaces. */
export const wordsText = (texts: readonly string[]): string => normalizeText(texts.join(' '));

/** The code points CER compares: the normalised text, single spaces included. */
export const cerUnits = (s: string): string[] => Array.from(normalizeText(s));

/** The words WER compares: the normalised text split on its single spaces. */
export const werUnits = (s: string): string[] => {
  const t = normalizeText(s);
  return t === '' ? [] : t.split(' ');
};

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

/** Sums of errors and of lengths: how pages make a document and documents a set. */
export function sumCounts(counts: Iterable<ErrorCount>): ErrorCount {
  let errors = 0;
  let length = 0;
  for (const c of counts) {
    errors += c.errors;
    length += c.length;
  }
  return { errors, length };
}

/**
 * Order-free variants, for comparing an engine's text with CLOVA's, which orders some lines
 * differently (a label after its own value line): a plain CER would count that as errors. They
 * are diagnostics of the engine bench, not CER: they start from the same normalisation and then
 * drop the spaces, since line order decides where spaces fall.
 */

const unspaced = (s: string): string[] => cerUnits(s).filter((c) => c !== ' ');

/** Each line's units without spaces, joined; lines that end up empty are dropped. */
export const cerLines = (s: string): string[] =>
  s
    .split(/\r?\n/)
    .map((line) => unspaced(line).join(''))
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
 * Bag-of-characters errors: the multisets of non-space units compared, errors = max(missing,
 * extra), the fewest insertions, deletions and substitutions that turn the recognised text into
 * SOME order of the expected one.
 */
export function bagOfCharsErrors(expected: string, actual: string): BagErrors {
  const e = countUnits(unspaced(expected));
  const a = countUnits(unspaced(actual));
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
