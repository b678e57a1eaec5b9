import { describe, expect, it } from 'vitest';
import { buildFits } from './lineFit.ts';
import { measureFrame } from './lineFrame.ts';
import { linesByCentre, lowerBound, refineLines } from './lineRefine.ts';
import { rect } from '../words.testutil.ts';

describe('refineLines', () => {
  it("moves a box to the line whose slope runs through it, away from the sweep's pick", () => {
    // Line A slopes down to the right (0.1); its last box sits level with line B's band.
    const a = [0, 100, 200, 300].map((x) => rect(x, 0.1 * x, 90, 20));
    const b = [0, 100, 200].map((x) => rect(x, 36, 90, 20));
    const f = measureFrame([...a, ...b]);
    // As if the sweep had put A's last box (index 3) into line B (id 1).
    const lineOf = new Int32Array([0, 0, 0, 1, 1, 1, 1]);
    const fits = buildFits(f, lineOf, 2);
    const order = [0, 1, 2, 3, 4, 5, 6];
    expect(refineLines(f, order, lineOf, fits)).toBe(true);
    expect([...lineOf]).toEqual([0, 0, 0, 0, 1, 1, 1]);
    expect(fits[0].n).toBe(4);
    expect(fits[1].n).toBe(3);
    expect(refineLines(f, order, lineOf, fits)).toBe(false);
  });

  it('leaves a lone box alone when no other line takes it', () => {
    const f = measureFrame([rect(0, 0, 50, 20), rect(0, 100, 50, 20)]);
    const lineOf = new Int32Array([0, 1]);
    expect(refineLines(f, [0, 1], lineOf, buildFits(f, lineOf, 2))).toBe(false);
    expect([...lineOf]).toEqual([0, 1]);
  });
});

describe('lookup helpers', () => {
  it('lists live lines by centre and binary-searches them', () => {
    const f = measureFrame([rect(0, 50, 10, 10), rect(0, 0, 10, 10)]);
    const fits = buildFits(f, new Int32Array([0, 2]), 3);
    const { ids, centres } = linesByCentre(fits);
    expect(ids).toEqual([2, 0]);
    expect([...centres]).toEqual([5, 55]);
    expect(lowerBound(centres, 6)).toBe(1);
    expect(lowerBound(centres, -1)).toBe(0);
    expect(lowerBound(centres, 99)).toBe(2);
  });
});
