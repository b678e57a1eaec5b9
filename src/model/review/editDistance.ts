import { lastEditRow } from './editRow.ts';

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
function intern(a: readonly string[], b: readonly string[]): [Int32Array, Int32Array] {
  const codes = new Map<string, number>();
  const code = (t: string) => {
    if (t.length === 1) return t.charCodeAt(0);
    let c = codes.get(t);
    if (c === undefined) codes.set(t, (c = 0x10000 + codes.size));
    return c;
  };
  return [Int32Array.from(a, code), Int32Array.from(b, code)];
}

/** Distance only, in O(min(|a|, |b|)) memory. */
export function editDistance(a: readonly string[], b: readonly string[]): number {
  const [x, y] = intern(a, b);
  // Bit-parallel over the shorter sequence: fewer words per column.
  const [rows, cols] = x.length <= y.length ? [x, y] : [y, x];
  return lastEditRow(rows, cols)[cols.length];
}

export function levenshtein(a: readonly string[], b: readonly string[]): Alignment {
  const [x, y] = intern(a, b);
  return levenshteinCodes(x, y);
}

/** levenshtein over sequences already given as integers (code points, say): no interning. */
export function levenshteinCodes(x: Int32Array, y: Int32Array): Alignment {
  const steps: EditStep[] = [];
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
  for (let i = 0; i < head; i++) steps.push({ op: 'equal', a: i, b: i });
  const a1 = x.length - tail;
  const b1 = y.length - tail;
  const n = a1 - head;
  const m = b1 - head;
  if ((n + 1) * (m + 1) > CELL_BUDGET && n > 0 && m > 0) {
    // A good recognition differs in few places: the distance (cheap, bit-parallel) bounds how far
    // the best path strays from the diagonal, and a band that wide is solved in one pass.
    const [p, q] =
      n <= m ? [x.subarray(head, a1), y.subarray(head, b1)] : [y.subarray(head, b1), x.subarray(head, a1)];
    const d = lastEditRow(p, q)[q.length];
    if ((n + 1) * (2 * d + 1) <= BAND_BUDGET) alignBand(x, head, a1, y, head, b1, d, steps);
    else align(x, head, a1, y, head, b1, steps);
  } else {
    align(x, head, a1, y, head, b1, steps);
  }
  for (let k = tail; k > 0; k--) steps.push({ op: 'equal', a: x.length - k, b: y.length - k });
  let distance = 0;
  for (const s of steps) if (s.op !== 'equal') distance++;
  return { distance, steps };
}

const reversedCopy = (x: Int32Array, from: number, to: number): Int32Array => x.slice(from, to).reverse();

function align(
  a: Int32Array,
  a0: number,
  a1: number,
  b: Int32Array,
  b0: number,
  b1: number,
  out: EditStep[],
): void {
  const n = a1 - a0;
  const m = b1 - b0;
  if (n === 0) {
    for (let j = b0; j < b1; j++) out.push({ op: 'ins', a: -1, b: j });
    return;
  }
  if (m === 0) {
    for (let i = a0; i < a1; i++) out.push({ op: 'del', a: i, b: -1 });
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

/**
 * Alignment inside the diagonal band |j − i| ≤ d, exact when d is the distance: a path that left
 * the band would need more than d insertions and deletions. Same tie order as alignSmall.
 */
function alignBand(
  a: Int32Array,
  a0: number,
  a1: number,
  b: Int32Array,
  b0: number,
  b1: number,
  d: number,
  out: EditStep[],
): void {
  const n = a1 - a0;
  const m = b1 - b0;
  // A path of cost d reaching diagonal k = j − i makes at least |k| + |m − n − k| insertions and
  // deletions, so the band is k ∈ [min(0, m−n) − e, max(0, m−n) + e] with e = ⌊(d − |m−n|) / 2⌋.
  const e = Math.max(0, Math.floor((d - Math.abs(m - n)) / 2));
  const lo = Math.min(0, m - n) - e;
  const hi = Math.max(0, m - n) + e;
  const w = hi - lo + 1;
  const BIG = 0x3fffffff;
  // Row i holds columns j = i + lo … i + hi at positions 0 … w − 1.
  const move = new Uint8Array((n + 1) * w);
  let prev = new Int32Array(w).fill(BIG);
  let cur = new Int32Array(w).fill(BIG);
  for (let j = 0; j <= Math.min(m, hi); j++) {
    prev[j - lo] = j;
    move[j - lo] = LEFT;
  }
  for (let i = 1; i <= n; i++) {
    cur.fill(BIG);
    const ai = a[a0 + i - 1];
    const jFrom = Math.max(0, i + lo);
    const jTo = Math.min(m, i + hi);
    for (let j = jFrom; j <= jTo; j++) {
      const k = j - i - lo;
      if (j === 0) {
        cur[k] = i;
        move[i * w + k] = UP;
        continue;
      }
      // prev row: column j−1 is at k, column j at k + 1; this row's column j−1 at k − 1.
      let v = prev[k] + (ai === b[b0 + j - 1] ? 0 : 1);
      let mv = DIAG;
      const up = k + 1 < w ? prev[k + 1] + 1 : BIG;
      if (up < v) {
        v = up;
        mv = UP;
      }
      const left = k > 0 ? cur[k - 1] + 1 : BIG;
      if (left < v) {
        v = left;
        mv = LEFT;
      }
      cur[k] = v;
      move[i * w + k] = mv;
    }
    [prev, cur] = [cur, prev];
  }
  const steps: EditStep[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const mv = move[i * w + (j - i - lo)];
    if (mv === DIAG && i > 0 && j > 0) {
      i--;
      j--;
      steps.push({ op: a[a0 + i] === b[b0 + j] ? 'equal' : 'sub', a: a0 + i, b: b0 + j });
    } else if (mv === UP) {
      i--;
      steps.push({ op: 'del', a: a0 + i, b: -1 });
    } else {
      j--;
      steps.push({ op: 'ins', a: -1, b: b0 + j });
    }
  }
  for (let k = steps.length - 1; k >= 0; k--) out.push(steps[k]);
}

const DIAG = 0;
const UP = 1;
const LEFT = 2;

/** Full matrix of moves for a small sub-problem, then a backtrace. Ties prefer diagonal, then del. */
function alignSmall(
  a: Int32Array,
  a0: number,
  a1: number,
  b: Int32Array,
  b0: number,
  b1: number,
  out: EditStep[],
): void {
  const n = a1 - a0;
  const m = b1 - b0;
  const w = m + 1;
  const move = new Uint8Array((n + 1) * w);
  let prev = new Int32Array(w);
  let cur = new Int32Array(w);
  for (let j = 0; j <= m; j++) {
    prev[j] = j;
    move[j] = LEFT;
  }
  for (let i = 1; i <= n; i++) {
    const ai = a[a0 + i - 1];
    cur[0] = i;
    move[i * w] = UP;
    for (let j = 1; j <= m; j++) {
      let v = prev[j - 1] + (ai === b[b0 + j - 1] ? 0 : 1);
      let mv = DIAG;
      if (prev[j] + 1 < v) {
        v = prev[j] + 1;
        mv = UP;
      }
      if (cur[j - 1] + 1 < v) {
        v = cur[j - 1] + 1;
        mv = LEFT;
      }
      cur[j] = v;
      move[i * w + j] = mv;
    }
    [prev, cur] = [cur, prev];
  }
  const steps: EditStep[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const mv = move[i * w + j];
    if (mv === DIAG && i > 0 && j > 0) {
      i--;
      j--;
      steps.push({ op: a[a0 + i] === b[b0 + j] ? 'equal' : 'sub', a: a0 + i, b: b0 + j });
    } else if (mv === UP) {
      i--;
      steps.push({ op: 'del', a: a0 + i, b: -1 });
    } else {
      j--;
      steps.push({ op: 'ins', a: -1, b: b0 + j });
    }
  }
  for (let k = steps.length - 1; k >= 0; k--) out.push(steps[k]);
}
