/**
 * The last row of the Levenshtein DP matrix of `a` (rows) against `b` (columns): out[j] is the
 * distance between all of a and the first j tokens of b. Computed with Myers' bit-vector
 * algorithm (blocked as in Hyyrö 2003 / edlib): 32 rows per machine word, so a 5,000 × 5,000
 * page takes about 800 k word steps instead of 25 M cells, in O(|a| / 32) memory.
 *
 * Tokens are small integers (see intern in editDistance.ts).
 */
export function lastEditRow(a: Int32Array, b: Int32Array): Int32Array {
  const n = a.length;
  const m = b.length;
  const out = new Int32Array(m + 1);
  if (n === 0) {
    for (let j = 0; j <= m; j++) out[j] = j;
    return out;
  }
  const blocks = (n + 31) >>> 5;
  // Match masks: bit i of block k is set where a[32k + i] is the token.
  const peq = new Map<number, Int32Array>();
  for (let i = 0; i < n; i++) {
    let mask = peq.get(a[i]);
    if (!mask) peq.set(a[i], (mask = new Int32Array(blocks)));
    mask[i >>> 5] |= 1 << (i & 31);
  }
  const none = new Int32Array(blocks);
  // Vertical deltas of the current column, +1 (pv) or -1 (mv) per row; column 0 is 0..n, all +1.
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const top = 1 << 31;
  // Rows past n in the last block are padding; carries only move upwards, so they never affect row n.
  const last = 1 << ((n - 1) & 31);
  let score = n;
  out[0] = n;
  for (let j = 0; j < m; j++) {
    const eqs = peq.get(b[j]) ?? none;
    // Row 0 is 0..m: each column adds 1 at the top.
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
