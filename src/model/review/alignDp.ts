import { DEL, EQUAL, INS, SUB } from './editSteps.ts';
import type { StepBuffer } from './editSteps.ts';

/**
 * The two dynamic-programming aligners behind levenshtein (editDistance.ts): a full matrix of
 * moves for small sub-problems and a diagonal band for pages known to differ little. Both append
 * their steps in order to a StepBuffer; ties prefer diagonal, then deletion, then insertion.
 */

const DIAG = 0;
const UP = 1;
const LEFT = 2;
const BIG = 0x3fffffff;

// Scratch shared by every call, grown when needed: a report aligns thousands of pages, and a
// fresh matrix per page was most of its garbage. Calls never nest, so sharing is safe.
let moves = new Uint8Array(1 << 14);
let rowA = new Int32Array(256);
let rowB = new Int32Array(256);

function scratch(cells: number, width: number): void {
  if (moves.length < cells) moves = new Uint8Array(Math.max(cells, moves.length * 2));
  if (rowA.length < width) {
    rowA = new Int32Array(Math.max(width, rowA.length * 2));
    rowB = new Int32Array(rowA.length);
  }
}

/** Backtrace from (n, m) through the moves, column of (i, j) at i * w + j - i * shift - lo. */
function backtrace(
  a: Int32Array,
  a0: number,
  b: Int32Array,
  b0: number,
  n: number,
  m: number,
  w: number,
  shift: number,
  lo: number,
  out: StepBuffer,
): void {
  const from = out.length;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const mv = moves[i * w + j - i * shift - lo];
    if (mv === DIAG && i > 0 && j > 0) {
      i--;
      j--;
      out.push(a[a0 + i] === b[b0 + j] ? EQUAL : SUB, a0 + i, b0 + j);
    } else if (mv === UP) {
      i--;
      out.push(DEL, a0 + i, -1);
    } else {
      j--;
      out.push(INS, -1, b0 + j);
    }
  }
  out.reverseFrom(from);
}

/**
 * Alignment inside the diagonal band |j − i| ≤ d, exact when d is at least the distance: a path
 * that left the band would cost more than d. Any such d gives the same steps: every cell on a
 * best path, and every neighbour that ties with it, is on a best path, so inside every such band
 * with its true cost; the moves the backtrace follows are the same.
 */
export function alignBand(
  a: Int32Array,
  a0: number,
  a1: number,
  b: Int32Array,
  b0: number,
  b1: number,
  d: number,
  out: StepBuffer,
): void {
  const n = a1 - a0;
  const m = b1 - b0;
  // A path of cost d reaching diagonal k = j − i makes at least |k| + |m − n − k| insertions and
  // deletions, so the band is k ∈ [min(0, m−n) − e, max(0, m−n) + e] with e = ⌊(d − |m−n|) / 2⌋.
  const e = Math.max(0, Math.floor((d - Math.abs(m - n)) / 2));
  const lo = Math.min(0, m - n) - e;
  const hi = Math.max(0, m - n) + e;
  const w = hi - lo + 1;
  // Row i holds columns j = i + lo … i + hi at positions 0 … w − 1.
  scratch((n + 1) * w, w + 2);
  const move = moves;
  move.fill(DIAG, 0, (n + 1) * w);
  // Cell k of a row is at k + 1: positions 0 and w + 1 stay BIG, the band's edges, so the loop
  // needs no bounds tests. Every cell a row reads was written by the row before (or is an edge),
  // so rows need no clearing either.
  let prev = rowA;
  let cur = rowB;
  prev.fill(BIG, 0, w + 2);
  cur.fill(BIG, 0, w + 2);
  for (let j = 0; j <= Math.min(m, hi); j++) {
    prev[j - lo + 1] = j;
    move[j - lo] = LEFT;
  }
  for (let i = 1; i <= n; i++) {
    const ai = a[a0 + i - 1];
    let j = Math.max(0, i + lo);
    const jTo = Math.min(m, i + hi);
    const row = i * w - i - lo;
    if (j === 0) {
      cur[-i - lo + 1] = i;
      move[row] = UP;
      j = 1;
    }
    for (; j <= jTo; j++) {
      const k = j - i - lo + 1;
      // prev row: column j−1 is at k, column j at k + 1; this row's column j−1 at k − 1.
      let v = prev[k] + (ai === b[b0 + j - 1] ? 0 : 1);
      let mv = DIAG;
      const up = prev[k + 1] + 1;
      if (up < v) {
        v = up;
        mv = UP;
      }
      const left = cur[k - 1] + 1;
      if (left < v) {
        v = left;
        mv = LEFT;
      }
      cur[k] = v;
      move[row + j] = mv;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  backtrace(a, a0, b, b0, n, m, w, 1, lo, out);
}

/** Full matrix of moves for a small sub-problem, then a backtrace. */
export function alignSmall(
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
  const w = m + 1;
  scratch((n + 1) * w, w);
  const move = moves;
  let prev = rowA;
  let cur = rowB;
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
    const t = prev;
    prev = cur;
    cur = t;
  }
  backtrace(a, a0, b, b0, n, m, w, 0, 0, out);
}

/** Tokens compared ahead to choose an edit in greedyBound. */
const LOOK = 3;

/**
 * The cost of one cheap alignment (not always the best): equal tokens pass, and at a mismatch
 * the edit (substitution, deletion, insertion) after which the next few tokens agree is taken.
 * An upper bound of the distance in O(n): where it is small, alignBand with it as `d` is exact
 * (its band holds every path that costs no more) and spares computing the distance first.
 */
export function greedyBound(
  a: Int32Array,
  a0: number,
  a1: number,
  b: Int32Array,
  b0: number,
  b1: number,
): number {
  const agree = (i: number, j: number): boolean => {
    for (let t = 0; t < LOOK; t++, i++, j++) {
      if (i >= a1 || j >= b1) return i >= a1 && j >= b1;
      if (a[i] !== b[j]) return false;
    }
    return true;
  };
  let i = a0;
  let j = b0;
  let cost = 0;
  while (i < a1 && j < b1) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    cost++;
    if (agree(i + 1, j + 1)) {
      i++;
      j++;
    } else if (agree(i + 1, j)) i++;
    else if (agree(i, j + 1)) j++;
    else {
      i++;
      j++;
    }
  }
  return cost + (a1 - i) + (b1 - j);
}
