import { describe, expect, it } from 'vitest';
import { measureFrame } from './lineFrame.ts';
import { sweepLines } from './lineSweep.ts';
import { rect } from '../words.testutil.ts';

describe('sweepLines', () => {
  it('puts boxes sharing a band in one line and others in new lines', () => {
    const f = measureFrame([
      rect(0, 0, 50, 20),
      rect(0, 40, 50, 20),
      rect(60, 3, 50, 20),
      rect(60, 44, 50, 20),
    ]);
    const { lineOf, count, order } = sweepLines(f);
    expect(count).toBe(2);
    expect(lineOf[0]).toBe(lineOf[2]);
    expect(lineOf[1]).toBe(lineOf[3]);
    expect(lineOf[0]).not.toBe(lineOf[1]);
    expect(order).toEqual([0, 2, 1, 3]);
  });

  it('an oversized box does not widen the band it joins', () => {
    // A 20-px line, then a 60-px stamp overlapping it, then the next line 30 px lower.
    const f = measureFrame([
      rect(0, 0, 50, 20),
      rect(0, 30, 50, 20),
      rect(60, 5, 30, 60),
      rect(100, 1, 50, 20),
    ]);
    const { lineOf } = sweepLines(f);
    expect(lineOf[3]).toBe(lineOf[0]);
    expect(lineOf[1]).not.toBe(lineOf[0]);
  });
});
