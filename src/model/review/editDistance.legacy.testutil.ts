/**
 * The edit-distance kernels as they were before the allocation-free rewrite (editRow.ts's Map of
 * masks and fresh rows, editDistance.ts's step objects), kept verbatim as the oracle the new ones
 * must equal step for step: the report's confusions depend on which optimal alignment is chosen.
 */
import type { Alignment, EditStep } from './editDistance.ts';

function lastEditRow(a: Int32Array, b: Int32Array): Int32Array {
  const n = a.length;
  const m = b.length;
  const out = new Int32Array(m + 1);
  if (n === 0) {
    for (let j = 0; j <= m; j++) out[j] = j;
    return out;
  }
  const blocks = (n + 31) >>> 5;
  const peq = new Map<number, Int32Array>();
  for (let i = 0; i < n; i++) {
    let mask = peq.get(a[i]);
    if (!mask) peq.set(a[i], (mask = new Int32Array(blocks)));
    mask[i >>> 5] |= 1 << (i & 31);
  }
  const none = new Int32Array(blocks);
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const top = 1 << 31;
  const last = 1 << ((n - 1) & 31);
  let score = n;
  out[0] = n;
  for (let j = 0; j < m; j++) {
    const eqs = peq.get(b[j]) ?? none;
    let hin = 1;
    for (let k = 0; k < blocks; k++) {
      const Pv = pv[k];
      const Mv = mv[k];
      let eq = eqs[k];
      const xv = eq | Mv;
      if (hin < 0) eq |= 1;
      const xh = ((((eq & Pv) + Pv) | 0) ^ Pv) | eq;
      let ph = Mv | ~(xh | Pv);
      let mh = Pv & xh;
      const bit = k === blocks - 1 ? last : top;
      const hout = ph & bit ? 1 : mh & bit ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[k] = mh | ~(xv | ph);
      mv[k] = ph & xv;
      hin = hout;
    }
    score += hin;
    out[j + 1] = score;
  }
  return out;
}
const CELL_BUDGET = 1 << 14;

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

export function legacyEditDistance(a: readonly string[], b: readonly string[]): number {
  const [x, y] = intern(a, b);
  const [rows, cols] = x.length <= y.length ? [x, y] : [y, x];
  return lastEditRow(rows, cols)[cols.length];
}

export function legacyLevenshtein(a: readonly string[], b: readonly string[]): Alignment {
  const [x, y] = intern(a, b);
  return legacyLevenshteinCodes(x, y);
}

export function legacyLevenshteinCodes(x: Int32Array, y: Int32Array): Alignment {
  const steps: EditStep[] = [];
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

const BAND_BUDGET = 8 << 20;

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
  const e = Math.max(0, Math.floor((d - Math.abs(m - n)) / 2));
  const lo = Math.min(0, m - n) - e;
  const hi = Math.max(0, m - n) + e;
  const w = hi - lo + 1;
  const BIG = 0x3fffffff;
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
