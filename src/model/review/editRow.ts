/**
 * The last row of the Levenshtein DP matrix of `a` (rows) against `b` (columns): out[j] is the
 * distance between all of a and the first j tokens of b. Computed with Myers' bit-vector
 * algorithm (blocked as in Hyyrö 2003 / edlib): 32 rows per machine word, so a 5,000 × 5,000
 * page takes about 800 k word steps instead of 25 M cells, in O(|a| / 32) memory.
 *
 * Tokens are small integers (see intern in editDistance.ts).
 */
export function lastEditRow(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(b.length + 1);
  run(a, b, out);
  return out;
}

/** lastEditRow(a, b)[b.length] without the row: the distance, with no allocation once warm. */
export const editDistanceOfCodes = (a: Int32Array, b: Int32Array): number => run(a, b, null);

// Scratch shared by every call (the report aligns thousands of pages; one set of buffers, grown
// when needed, spares the collector). Calls never nest, so sharing is safe.
/** Alphabet slot + 1 of each BMP token (0: not in a); larger tokens go through `far`. */
const near = new Int32Array(0x10000);
const far = new Map<number, number>();
/** Match masks, `blocks` words per alphabet slot; slot 0 stays all zero (tokens absent from a). */
let masks = new Int32Array(1024);
let pvs = new Int32Array(64);
let mvs = new Int32Array(64);

const slotOf = (t: number): number => (t >= 0 && t < 0x10000 ? near[t] : (far.get(t) ?? 0));

function run(a: Int32Array, b: Int32Array, out: Int32Array | null): number {
  const n = a.length;
  const m = b.length;
  if (n === 0) {
    if (out) for (let j = 0; j <= m; j++) out[j] = j;
    return m;
  }
  const blocks = (n + 31) >>> 5;
  // Alphabet of a: slot 1, 2, … in order of first appearance.
  let slots = 0;
  for (let i = 0; i < n; i++) {
    const t = a[i];
    if (slotOf(t) !== 0) continue;
    slots++;
    if (t >= 0 && t < 0x10000) near[t] = slots;
    else far.set(t, slots);
  }
  const size = (slots + 1) * blocks;
  if (masks.length < size) masks = new Int32Array(Math.max(size, masks.length * 2));
  masks.fill(0, 0, size);
  // Bit i of block k in a slot's masks is set where a[32k + i] is the token.
  for (let i = 0; i < n; i++) masks[slotOf(a[i]) * blocks + (i >>> 5)] |= 1 << (i & 31);
  if (pvs.length < blocks) {
    pvs = new Int32Array(Math.max(blocks, pvs.length * 2));
    mvs = new Int32Array(pvs.length);
  }
  // Vertical deltas of the current column, +1 (pv) or -1 (mv) per row; column 0 is 0..n, all +1.
  const pv = pvs;
  const mv = mvs;
  pv.fill(-1, 0, blocks);
  mv.fill(0, 0, blocks);
  const top = 1 << 31;
  // Rows past n in the last block are padding; carries only move upwards, so they never affect row n.
  const last = 1 << ((n - 1) & 31);
  let score = n;
  if (out) out[0] = n;
  for (let j = 0; j < m; j++) {
    const base = slotOf(b[j]) * blocks;
    // Row 0 is 0..m: each column adds 1 at the top.
    let hin = 1;
    for (let k = 0; k < blocks; k++) {
      const Pv = pv[k];
      const Mv = mv[k];
      let eq = masks[base + k];
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
    if (out) out[j + 1] = score;
  }
  // Leave the alphabet table empty for the next call.
  for (let i = 0; i < n; i++) {
    const t = a[i];
    if (t >= 0 && t < 0x10000) near[t] = 0;
  }
  far.clear();
  return score;
}
