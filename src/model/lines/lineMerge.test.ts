import { describe, expect, it } from 'vitest';
import { buildFits } from './lineFit.ts';
import { measureFrame } from './lineFrame.ts';
import { mergeFragments } from './lineMerge.ts';
import { rect } from '../words.testutil.ts';

describe('mergeFragments', () => {
  it('joins two pieces of one sloped line lying side by side', () => {
    // One line rising 0.08 to the right, split in a left and a right piece.
    const boxes = [0, 100, 200, 300, 400, 500].map((x) => rect(x, 100 - 0.08 * x, 90, 20));
    const f = measureFrame(boxes);
    const lineOf = new Int32Array([0, 0, 0, 1, 1, 1]);
    expect(mergeFragments(f, lineOf, buildFits(f, lineOf, 2))).toBe(true);
    expect(new Set(lineOf).size).toBe(1);
  });

  it('keeps lines apart that overlap along the text or do not continue each other', () => {
    const stacked = measureFrame([
      rect(0, 0, 90, 20),
      rect(100, 0, 90, 20),
      rect(0, 32, 90, 20),
      rect(100, 32, 90, 20),
    ]);
    const l1 = new Int32Array([0, 0, 1, 1]);
    expect(mergeFragments(stacked, l1, buildFits(stacked, l1, 2))).toBe(false);
    // Side by side but one line lower: the left piece's fit does not reach the right piece.
    const apart = measureFrame([
      rect(0, 0, 90, 20),
      rect(100, 0, 90, 20),
      rect(200, 32, 90, 20),
      rect(300, 32, 90, 20),
    ]);
    const l2 = new Int32Array([0, 0, 1, 1]);
    expect(mergeFragments(apart, l2, buildFits(apart, l2, 2))).toBe(false);
    expect([...l2]).toEqual([0, 0, 1, 1]);
  });
});
