import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastEditRow } from './editRow.ts';

/** The last DP row computed cell by cell: the reference. */
function naiveRow(a: Int32Array, b: Int32Array): number[] {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1);
    }
    prev = cur;
  }
  return prev;
}

describe('lastEditRow', () => {
  it('gives the distance to every prefix of b', () => {
    const a = Int32Array.from([1, 2, 3]);
    expect([...lastEditRow(a, Int32Array.from([1, 2, 3]))]).toEqual([3, 2, 1, 0]);
    expect([...lastEditRow(a, Int32Array.from([9, 1, 3]))]).toEqual([3, 3, 3, 2]);
    expect([...lastEditRow(new Int32Array(0), Int32Array.from([4, 5]))]).toEqual([0, 1, 2]);
    expect([...lastEditRow(a, new Int32Array(0))]).toEqual([3]);
  });

  it('equals the cell-by-cell row for any lengths, across block boundaries', () => {
    const seq = (max: number) =>
      fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: max }).map((x) => Int32Array.from(x));
    fc.assert(
      fc.property(seq(140), seq(60), (a, b) => {
        expect([...lastEditRow(a, b)]).toEqual(naiveRow(a, b));
      }),
      { numRuns: 400 },
    );
  });

  it('handles exact multiples of 32 rows and tokens absent from a', () => {
    for (const n of [31, 32, 33, 64, 65]) {
      const a = Int32Array.from({ length: n }, (_, i) => i % 5);
      const b = Int32Array.from({ length: 50 }, (_, j) => (j % 7 === 0 ? 99 : j % 5));
      expect([...lastEditRow(a, b)], `n=${n}`).toEqual(naiveRow(a, b));
    }
  });
});
