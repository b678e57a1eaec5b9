import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson.ts';

describe('wilsonInterval', () => {
  it('matches hand computation: 8 of 10 with z = 1.96', () => {
    // p = .8, z² = 3.8416: centre = (.8 + .19208) / 1.38416 = .716738…,
    // half = (1.96 / 1.38416) × √(.016 + .009604) = 1.416021… × .160012… = .226581…
    const [lo, hi] = wilsonInterval(8, 10, 1.96)!;
    expect(lo).toBeCloseTo(0.716738 - 0.226581, 5);
    expect(hi).toBeCloseTo(0.716738 + 0.226581, 5);
    // To the last digits, as the same formula gives them in double precision (Python).
    expect(lo).toBeCloseTo(0.49015684672072335, 12);
    expect(hi).toBeCloseTo(0.9433190520193067, 12);
  });

  it('stays inside [0, 1] at the extremes and is null for an empty sample', () => {
    const [lo0, hi0] = wilsonInterval(0, 20)!;
    expect(lo0).toBe(0);
    expect(hi0).toBeCloseTo(0.1611, 4);
    const [lo1, hi1] = wilsonInterval(20, 20)!;
    expect(lo1).toBeCloseTo(0.8389, 4);
    expect(hi1).toBe(1);
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});
