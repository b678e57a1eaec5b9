/**
 * Character error rates that do not depend on line order, for comparing our OCR text with
 * CLOVA's: CLOVA orders some lines differently (e.g. a label after its own value line), and a
 * plain Levenshtein would count that as errors.
 *
 * Both texts are normalised first: Unicode NFC (so Hangul syllables compare as syllables) and
 * all whitespace removed (spacing is not recognition).
 */

/** Text lines after NFC and whitespace removal; lines that end up empty are dropped. */
export function normaliseLines(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/gu, ''))
    .filter((line) => line.length > 0);
}

function countChars(chars: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

export interface BagDistance {
  /** Reference characters with no counterpart in the hypothesis. */
  missing: number;
  /** Hypothesis characters with no counterpart in the reference. */
  extra: number;
  /** Edits needed when order is free: each missing/extra pair is one substitution, the rest are insertions or deletions. */
  edits: number;
  /** Number of reference characters. */
  referenceLength: number;
}

/**
 * Bag-of-characters distance: compare the multisets of code points.
 * missing = Σ max(0, ref(c) − hyp(c)), extra = Σ max(0, hyp(c) − ref(c)), edits = max(missing, extra).
 * edits is the least number of insertions, deletions and substitutions that turns the hypothesis
 * into SOME ordering of the reference, so it is a lower bound of Levenshtein for any line order.
 */
export function bagDistance(reference: string, hypothesis: string): BagDistance {
  const ref = countChars(normaliseLines(reference).join(''));
  const hyp = countChars(normaliseLines(hypothesis).join(''));
  let missing = 0;
  let extra = 0;
  let referenceLength = 0;
  for (const [c, n] of ref) {
    referenceLength += n;
    missing += Math.max(0, n - (hyp.get(c) ?? 0));
  }
  for (const [c, n] of hyp) extra += Math.max(0, n - (ref.get(c) ?? 0));
  return { missing, extra, edits: Math.max(missing, extra), referenceLength };
}

/** Bag-of-characters CER = edits / |reference chars|. 0 for an empty reference and hypothesis. */
export function bagOfCharsCer(reference: string, hypothesis: string): number {
  const d = bagDistance(reference, hypothesis);
  if (d.referenceLength === 0) return d.edits === 0 ? 0 : 1;
  return d.edits / d.referenceLength;
}

/** Levenshtein distance over code points (insert, delete, substitute all cost 1). */
export function levenshtein(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  let cur = new Array<number>(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const sub = prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1);
      cur[j] = Math.min(sub, prev[j] + 1, cur[j - 1] + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[y.length];
}

/**
 * Line-sorted CER: normalise, sort each side's lines by code point, concatenate, then
 * Levenshtein / |reference chars|. Insensitive to line order, but still charges lines that are
 * split or merged differently.
 */
export function lineSortedCer(reference: string, hypothesis: string): number {
  const ref = normaliseLines(reference).sort().join('');
  const hyp = normaliseLines(hypothesis).sort().join('');
  const refLength = Array.from(ref).length;
  const d = levenshtein(ref, hyp);
  if (refLength === 0) return d === 0 ? 0 : 1;
  return d / refLength;
}
