import { describe, expect, it } from 'vitest';
import { measureFrame, overlapsBand } from './lineFrame.ts';
import { rect, rotatePoly } from '../words.testutil.ts';

describe('measureFrame', () => {
  it('measures boxes along and across the dominant text direction', () => {
    const polys = [rect(0, 0, 100, 20), rect(120, 2, 50, 20), rect(0, 40, 30, 80)].map((p) =>
      rotatePoly(p, 12),
    );
    const f = measureFrame(polys);
    // Deskewed, the boxes have their own width and height back.
    expect(f.uHi[0] - f.uLo[0]).toBeCloseTo(100, 9);
    expect(f.h[0]).toBeCloseTo(20, 9);
    expect(f.c[1] - f.c[0]).toBeCloseTo(2, 9);
    expect(f.u[1] - f.u[0]).toBeCloseTo(95, 9);
    expect(f.medianH).toBeCloseTo(20, 9);
    // The 80-px box is more than twice the median height: oversized.
    expect([...f.normal]).toEqual([1, 1, 0]);
  });

  it('copes with no boxes and with single points', () => {
    expect(measureFrame([]).medianH).toBeGreaterThan(0);
    const f = measureFrame([[{ x: 3, y: 4 }]]);
    expect(f.h[0]).toBe(0);
    expect(f.c[0]).toBe(4);
  });
});

describe('overlapsBand', () => {
  it('needs half the smaller height in common', () => {
    expect(overlapsBand(10, 20, 20, 20)).toBe(true); // 10 of 20
    expect(overlapsBand(10, 20, 21, 20)).toBe(false); // 9 of 20
    expect(overlapsBand(10, 4, 19, 20)).toBe(true); // a small box inside a tall band
    expect(overlapsBand(10, 20, 40, 20)).toBe(false);
    expect(overlapsBand(5, 0, 5, 10)).toBe(true); // a point inside
    expect(overlapsBand(50, 0, 5, 10)).toBe(false);
  });
});
