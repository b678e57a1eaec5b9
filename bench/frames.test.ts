import { describe, expect, it } from 'vitest';
import { framePeriod, snappedIntervals } from './frames.ts';

const P = 1000 / 60;

describe('snappedIntervals', () => {
  it('reads jittery on-time frames as one period each', () => {
    const starts = [0, 16.6, 33.4, 50.0, 66.7];
    expect(snappedIntervals(starts, P)).toEqual([P, P, P, P]);
  });

  it('reads a dropped frame as two periods', () => {
    expect(snappedIntervals([0, 33.4, 50.1], P)).toEqual([2 * P, P]);
  });

  it('keeps an interval that is no whole number of periods as measured', () => {
    const [d] = snappedIntervals([100, 125], P);
    expect(d).toBe(25);
  });
});

describe('framePeriod', () => {
  it('is the median interval of an idle page', () => {
    expect(framePeriod([0, 16.7, 33.3, 50.0, 66.8, 100])).toBeCloseTo(16.7, 5);
  });
});
