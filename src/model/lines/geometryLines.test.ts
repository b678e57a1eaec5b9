import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linesFromGeometry } from './geometryLines.ts';
import type { Point } from '../types.ts';
import { rect, rotatePoly, seeded } from '../words.testutil.ts';

/** A page of `rows` lines; returns the boxes and, per line, the box indexes left to right. */
function page(
  rows: number,
  perRow: number,
  opts: { angle?: number; lineSlopeDeg?: (r: number) => number; jitter?: number; seed?: number } = {},
): { polys: Point[][]; expected: number[][] } {
  const rnd = seeded(opts.seed ?? 1);
  const polys: Point[][] = [];
  const expected: number[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: number[] = [];
    let x = 40;
    const slope = Math.tan(((opts.lineSlopeDeg?.(r) ?? 0) * Math.PI) / 180);
    for (let k = 0; k < perRow; k++) {
      const w = 30 + rnd() * 90;
      const y = 50 + r * 32 + slope * (x - 40) + (rnd() - 0.5) * 2 * (opts.jitter ?? 0);
      line.push(polys.length);
      polys.push(rotatePoly(rect(x, y, w, 20), opts.angle ?? 0));
      x += w + 8 + rnd() * 20;
    }
    expected.push(line);
  }
  return { polys, expected };
}

describe('linesFromGeometry', () => {
  it('returns nothing for no boxes', () => {
    expect(linesFromGeometry([])).toEqual([]);
  });

  it('groups a clean page into its lines, top to bottom, left to right', () => {
    const { polys, expected } = page(25, 7);
    expect(linesFromGeometry(polys)).toEqual(expected);
  });

  it('groups a page photographed 6° askew', () => {
    const { polys, expected } = page(30, 8, { angle: 6 });
    expect(linesFromGeometry(polys)).toEqual(expected);
  });

  it('groups a curled receipt: each line with its own residual slope (ends ±12 px off) and jitter', () => {
    const { polys, expected } = page(30, 6, { lineSlopeDeg: (r) => Math.sin(r / 3), jitter: 2, seed: 7 });
    expect(linesFromGeometry(polys)).toEqual(expected);
  });

  it('groups any page askew by up to ±10° whose lines keep a residual slope of up to ±0.8°', () => {
    // 0.8° puts the far end of a 9-box line up to ~18 px (0.9 box height) off; jitter moves each box.
    fc.assert(
      fc.property(
        fc.record({
          angle: fc.double({ min: -10, max: 10, noNaN: true }),
          residual: fc.double({ min: 0, max: 0.8, noNaN: true }),
          phase: fc.double({ min: 0, max: 6, noNaN: true }),
          jitter: fc.double({ min: 0, max: 2, noNaN: true }),
          rows: fc.integer({ min: 1, max: 30 }),
          perRow: fc.integer({ min: 1, max: 9 }),
          seed: fc.integer(),
        }),
        ({ angle, residual, phase, jitter, rows, perRow, seed }) => {
          const lineSlopeDeg = (r: number) => residual * Math.sin(r / 3 + phase);
          const { polys, expected } = page(rows, perRow, { angle, lineSlopeDeg, jitter, seed });
          expect(linesFromGeometry(polys)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the boxes', () => {
    const { polys, expected } = page(12, 5, { angle: -4, jitter: 1.5, seed: 3 });
    fc.assert(
      fc.property(
        fc.shuffledSubarray(
          polys.map((_, i) => i),
          { minLength: polys.length },
        ),
        (perm) => {
          const got = linesFromGeometry(perm.map((i) => polys[i])).map((l) => l.map((k) => perm[k]));
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('an oversized box (a stamp) joins one line without merging the lines it spans', () => {
    const { polys, expected } = page(4, 5);
    const stamp = polys.length;
    polys.push(rect(700, 50 + 32 + 5, 40, 75)); // spans lines 1 and 2
    const got = linesFromGeometry(polys);
    expect(got).toHaveLength(4);
    const withoutStamp = got.map((l) => l.filter((i) => i !== stamp));
    expect(withoutStamp).toEqual(expected);
    expect(got.flat().filter((i) => i === stamp)).toHaveLength(1);
  });

  it('reads counter-clockwise vertical text (v0 at bottom-left) as columns, left to right', () => {
    // Three columns; within a column, boxes are stacked bottom to top in reading order.
    const polys: Point[][] = [];
    const expected: number[][] = [];
    for (let col = 0; col < 3; col++) {
      const line: number[] = [];
      for (let k = 0; k < 4; k++) {
        const x = 100 + col * 40;
        const bottom = 900 - k * 110;
        line.push(polys.length);
        polys.push([
          { x, y: bottom },
          { x, y: bottom - 100 },
          { x: x + 30, y: bottom - 100 },
          { x: x + 30, y: bottom },
        ]);
      }
      expected.push(line);
    }
    expect(linesFromGeometry(polys)).toEqual(expected);
  });

  it('keeps boxes with one or two vertices', () => {
    const polys: Point[][] = [
      rect(0, 0, 50, 20),
      [{ x: 60, y: 10 }],
      rect(0, 100, 50, 20),
      [
        { x: 70, y: 105 },
        { x: 90, y: 118 },
      ],
    ];
    expect(linesFromGeometry(polys)).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });
});
