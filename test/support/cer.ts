/**
 * Character error rate: Levenshtein distance over code points divided by the expected length.
 * Whitespace is dropped on both sides first, because OCR engines disagree on spaces between CJK
 * characters and on line joins, which is not what a CER check is meant to catch.
 */
export function cer(expected: string, actual: string): number {
  const a = stripSpaces(expected);
  const b = stripSpaces(actual);
  if (a.length === 0) return b.length === 0 ? 0 : 1;
  return levenshtein(a, b) / a.length;
}

function stripSpaces(s: string): string[] {
  return Array.from(s.replace(/\s+/gu, ''));
}

/** Two-row dynamic programme: O(n·m) time, O(m) memory. */
export function levenshtein(a: readonly string[], b: readonly string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur[j] = Math.min(sub, prev[j] + 1, cur[j - 1] + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
