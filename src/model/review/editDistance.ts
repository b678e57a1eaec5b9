import { alignBand, alignSmall, greedyBound } from './alignDp.ts';
import { editDistanceOfCodes, lastEditRow } from './editRow.ts';
import { DEL, EQUAL, INS, StepBuffer } from './editSteps.ts';

/**
 * Levenshtein distance between token sequences (characters, words...), with an alignment.
 * The alignment uses Hirschberg's divide and conquer with bit-parallel rows (editRow.ts): linear
 * memory, so a 5,000-character page needs kilobytes instead of a 100 MB matrix. Sub-problems
 * small enough (CELL_BUDGET) are solved with a full matrix of 1-byte moves.
 */

export type EditOp = 'equal' | 'sub' | 'ins' | 'del';

/**
 * One step of the alignment of `a` (say, the expected text) to `b` (the recognised text):
 * `equal`/`sub` pair a[a] with b[b]; `del` is a[a] missing from b (b = -1); `ins` is b[b] not in
 * a (a = -1). Steps run in order through both sequences.
 */
export interface EditStep {
  op: EditOp;
  a: number;
  b: number;
}

export interface Alignment {
  distance: number;
  steps: EditStep[];
}

/** Largest sub-problem (cells) solved with a full move matrix: 16 kB of moves. */
const CELL_BUDGET = 1 << 14;

/**
 * Tokens as small integers, so the inner loops compare numbers, not strings. A one-unit token (a
 * BMP character, the common case) is its own char code; anything else gets a code above 0xffff.
 */
export function intern(a: readonly string[], b: readonly string[]): [Int32Array, Int32Array] {
  const codes = new Map<string, number>();
  const code = (t: string) => {
    if (t.length === 1) return t.charCodeAt(0);
    let c = codes.get(t);
    if (c === undefined) codes.set(t, (c = 0x10000 + codes.size));
    return c;
  };
  // Plain loops: Int32Array.from with a mapping function takes a slow generic path.
  const x = new Int32Array(a.length);
  for (let i = 0; i < a.length; i++) x[i] = code(a[i]);
  const y = new Int32Array(b.length);
  for (let j = 0; j < b.length; j++) y[j] = code(b[j]);
  return [x, y];
}

/** Distance only, in O(min(|a|, |b|)) memory. */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  const [x, y] = intern(a, b);
  return editDistanceCodes(x, y);
}

/** editDistance over sequences already given as integers. */
export function editDistanceCodes(x: Int32Array, y: Int32Array): number {
  // Bit-parallel over the shorter sequence: fewer words per column.
  return x.length <= y.length ? editDistanceOfCodes(x, y) : editDistanceOfCodes(y, x);
}

export function levenshtein(a: readonly string[], b: readonly string[]): Alignment {
  const [x, y] = intern(a, b);
  return levenshteinCodes(x, y);
}

const OPS: readonly EditOp[] = ['equal', 'sub', 'ins', 'del'];

/** levenshtein over sequences already given as integers (code points, say): no interning. */
export function levenshteinCodes(x: Int32Array, y: Int32Array): Alignment {
  const buf = alignCodes(x, y, new StepBuffer());
  const steps: EditStep[] = new Array(buf.length);
  for (let k = 0; k < buf.length; k++) steps[k] = { op: OPS[buf.op[k]], a: buf.a[k], b: buf.b[k] };
  return { distance: buf.distance(), steps };
}

/**
 * The alignment levenshteinCodes gives, as typed arrays in `out` (cleared first), for callers that
 * read the steps once: no object per step.
 */
export function alignCodes(x: Int32Array, y: Int32Array, out: StepBuffer): StepBuffer {
  out.clear();
  // Common ends cost nothing and are the bulk of a good recognition; peel them off first.
  let head = 0;
  while (head < x.length && head < y.length && x[head] === y[head]) head++;
  let tail = 0;
  while (
    tail < x.length - head &&
    tail < y.length - head &&
    x[x.length - 1 - tail] === y[y.length - 1 - tail]
  ) {
    tail++;
  }
  for (let i = 0; i < head; i++) out.push(EQUAL, i, i);
  const a1 = x.length - tail;
  const b1 = y.length - tail;
  const n = a1 - head;
  const m = b1 - head;
  if ((n + 1) * (m + 1) > CELL_BUDGET && n > 0 && m > 0) {
    // A good recognition differs in few places: a bound of the distance bounds how far the best
    // path strays from the diagonal, and a band that wide is solved in one pass. Any bound at
    // least the distance gives the same steps (see alignBand); a cheap one that is close serves
    // directly, else the distance itself (bit-parallel) is worked out first.
    const u = greedyBound(x, head, a1, y, head, b1);
    // u serves when its band costs no more than the bit-parallel pass it spares would (roughly).
    const close = u <= Math.max(n, m) / 24 + Math.abs(n - m) && (n + 1) * (2 * u + 1) <= BAND_BUDGET;
    const d = close ? u : editDistanceCodes(x.subarray(head, a1), y.subarray(head, b1));
    if ((n + 1) * (2 * d + 1) <= BAND_BUDGET) alignBand(x, head, a1, y, head, b1, d, out);
    else align(x, head, a1, y, head, b1, out);
  } else {
    align(x, head, a1, y, head, b1, out);
  }
  for (let k = tail; k > 0; k--) out.push(EQUAL, x.length - k, y.length - k);
  return out;
}

const reversedCopy = (x: Int32Array, from: number, to: number): Int32Array => x.slice(from, to).reverse();

function align(
  a: Int32Array,
  a0: number,
  a1: number,
  b: Int32Array,
  b0: number,
  b1: number,
  out: StepBuffer,
): void {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n === 0) {
    for (let j = b0; j < b1; j++) out.push(INS, -1, j);
    return;
  }
  if (m === 0) {
    for (let i = a0; i < a1; i++) out.push(DEL, i, -1);
    return;
  }
  if ((n + 1) * (m + 1) <= CELL_BUDGET || n === 1) {
    alignSmall(a, a0, a1, b, b0, b1, out);
    return;
  }
  // Hirschberg: the best path crosses the middle row of a somewhere; find where, solve both halves.
  const mid = a0 + (n >> 1);
  const fwd = lastEditRow(a.subarray(a0, mid), b.subarray(b0, b1));
  const bwd = lastEditRow(reversedCopy(a, mid, a1), reversedCopy(b, b0, b1));
  let split = 0;
  let best = Infinity;
  for (let k = 0; k <= m; k++) {
    const v = fwd[k] + bwd[m - k];
    if (v < best) {
      best = v;
      split = k;
    }
  }
  align(a, a0, mid, b, b0, b0 + split, out);
  align(a, mid, a1, b, b0 + split, b1, out);
}

/** Largest band (cells) solved in one pass: 8 MB of moves. */
const BAND_BUDGET = 8 << 20;
