import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  alignCodes,
  editDistance,
  editDistanceCodes,
  levenshtein,
  levenshteinCodes,
} from './editDistance.ts';
import {
  legacyEditDistance,
  legacyLevenshtein,
  legacyLevenshteinCodes,
} from './editDistance.legacy.testutil.ts';
import { alignBand, greedyBound } from './alignDp.ts';
import { StepBuffer } from './editSteps.ts';
import { editDistanceOfCodes, lastEditRow } from './editRow.ts';
import { seeded } from '../words.testutil.ts';

/**
 * The allocation-free kernels (shared scratch, typed-array steps) against the old ones kept
 * verbatim: same distance and the very same steps, whatever the size (full matrix, band,
 * Hirschberg) and in any order of calls (scratch left by a big call must not leak into a small one).
 */

const OPS = ['equal', 'sub', 'ins', 'del'];

/** A recognition of `a`: `rate` of its tokens substituted, dropped or doubled. */
function misread(a: Int32Array, rate: number, alphabet: readonly number[], rnd: () => number): Int32Array {
  const out: number[] = [];
  for (const t of a) {
    const r = rnd();
    if (r < rate / 3) continue;
    if (r < (2 * rate) / 3) out.push(alphabet[Math.floor(rnd() * alphabet.length)]);
    else out.push(t);
    if (r > 1 - rate / 3) out.push(alphabet[Math.floor(rnd() * alphabet.length)]);
  }
  return Int32Array.from(out);
}

const randomCodes = (n: number, alphabet: readonly number[], rnd: () => number) =>
  Int32Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]);

function expectSame(x: Int32Array, y: Int32Array, buf: StepBuffer): void {
  const old = legacyLevenshteinCodes(x, y);
  expect(levenshteinCodes(x, y)).toEqual(old);
  alignCodes(x, y, buf);
  expect(buf.length).toBe(old.steps.length);
  expect(buf.distance()).toBe(old.distance);
  for (let k = 0; k < buf.length; k++) {
    const s = old.steps[k];
    if (OPS[buf.op[k]] !== s.op || buf.a[k] !== s.a || buf.b[k] !== s.b)
      expect({ k, op: OPS[buf.op[k]], a: buf.a[k], b: buf.b[k] }).toEqual({ k, ...s });
  }
  expect(editDistanceCodes(x, y)).toBe(old.distance);
}

describe('allocation-free edit kernels', () => {
  it('give the old alignment step for step on random short sequences', () => {
    const buf = new StepBuffer();
    const seq = fc.array(fc.constantFrom('a', 'b', 'c', '가', '𠀀', 'ab'), { maxLength: 40 });
    fc.assert(
      fc.property(seq, seq, (a, b) => {
        expect(levenshtein(a, b)).toEqual(legacyLevenshtein(a, b));
        expect(editDistance(a, b)).toBe(legacyEditDistance(a, b));
        const codes = (s: string[]) =>
          Int32Array.from(s, (t) => t.codePointAt(0)! + (t.length > 1 ? 1 << 20 : 0));
        expectSame(codes(a), codes(b), buf);
      }),
      { numRuns: 300 },
    );
  });

  it('give the old alignment on page-sized texts (band) and far-apart ones (Hirschberg), in any order', () => {
    const rnd = seeded(16);
    const buf = new StepBuffer();
    // Code points of Hangul, ASCII, a supplementary character and interned word codes (> 0xffff).
    const alphabet = [32, 48, 65, 0xac00, 0xac01, 0xd7a3, 0x20000, 0x10005, 0x10006];
    const sizes = [1400, 30, 3000, 5, 700, 2600, 120];
    for (const n of sizes) {
      for (const rate of [0.02, 0.1, 0.6]) {
        const x = randomCodes(n, alphabet, rnd);
        expectSame(x, misread(x, rate, alphabet, rnd), buf);
      }
      // Unrelated sequences: a distance too large for the band, so Hirschberg splits it.
      expectSame(randomCodes(n, alphabet, rnd), randomCodes(Math.floor(n * 1.1), alphabet, rnd), buf);
    }
  });

  it('distance-only rows agree with the full rows, negative and large tokens included', () => {
    const rnd = seeded(5);
    const alphabet = [-7, 0, 3, 0xffff, 0x10000, 0x7fffffff];
    for (const n of [0, 1, 31, 32, 33, 200, 64, 5]) {
      const a = randomCodes(n, alphabet, rnd);
      const b = randomCodes(Math.floor(rnd() * 90), alphabet, rnd);
      const row = lastEditRow(a, b);
      expect(editDistanceOfCodes(a, b)).toBe(row[b.length]);
      expect(editDistanceOfCodes(b, a)).toBe(row[b.length]);
    }
  });
  it('greedyBound never undercuts the distance, and a band wider than the distance aligns the same', () => {
    const rnd = seeded(23);
    const alphabet = [32, 0xac00, 0xac01, 0xac02, 65, 66];
    const buf = new StepBuffer();
    for (let run = 0; run < 60; run++) {
      const x = randomCodes(150 + Math.floor(rnd() * 300), alphabet, rnd);
      const y = misread(x, rnd() * 0.3, alphabet, rnd);
      const old = legacyLevenshteinCodes(x, y);
      const u = greedyBound(x, 0, x.length, y, 0, y.length);
      expect(u).toBeGreaterThanOrEqual(old.distance);
      // The band at the exact distance is the old path (the tests above); wider bands must agree.
      const band = (d: number) => {
        buf.clear();
        alignBand(x, 0, x.length, y, 0, y.length, d, buf);
        return Array.from({ length: buf.length }, (_, k) => ({
          op: OPS[buf.op[k]],
          a: buf.a[k],
          b: buf.b[k],
        }));
      };
      const exact = band(old.distance);
      expect(exact.filter((st) => st.op !== 'equal')).toHaveLength(old.distance);
      for (const d of [old.distance + 1, u, u + 7]) expect(band(d), `d=${d}`).toEqual(exact);
    }
  });
});
