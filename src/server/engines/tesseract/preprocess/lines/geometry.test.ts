import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convexHull, minAreaRect, rectCorners, type Point } from './geometry.ts';

describe('convexHull', () => {
  it('keeps the corners of a filled square only', () => {
    const pts: Point[] = [];
    for (let x = 0; x <= 4; x++) for (let y = 0; y <= 4; y++) pts.push([x, y]);
    expect(
      convexHull(pts)
        .map((p) => p.join(','))
        .sort(),
    ).toEqual(['0,0', '0,4', '4,0', '4,4']);
  });
});

describe('minAreaRect', () => {
  it('finds an axis-aligned box', () => {
    const r = minAreaRect([
      [10, 20],
      [110, 20],
      [110, 50],
      [10, 50],
      [60, 35],
    ]);
    expect(r.angle).toBeCloseTo(0);
    expect(r.width).toBeCloseTo(100);
    expect(r.height).toBeCloseTo(30);
    expect(r.cx).toBeCloseTo(60);
    expect(r.cy).toBeCloseTo(35);
  });

  it('recovers a rectangle turned by a few degrees, width along the text', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.6, max: 0.6, noNaN: true }),
        fc.double({ min: 40, max: 300, noNaN: true }),
        fc.double({ min: 8, max: 30, noNaN: true }),
        (angle, width, height) => {
          const corners = rectCorners({ cx: 200, cy: 150, width, height, angle });
          const r = minAreaRect(corners);
          expect(r.angle).toBeCloseTo(angle, 6);
          expect(r.width).toBeCloseTo(width, 6);
          expect(r.height).toBeCloseTo(height, 6);
          expect(r.cx).toBeCloseTo(200, 6);
          expect(r.cy).toBeCloseTo(150, 6);
        },
      ),
    );
  });
});

describe('rectCorners', () => {
  it('lists corners clockwise from the top-left', () => {
    expect(rectCorners({ cx: 5, cy: 2, width: 10, height: 4, angle: 0 })).toEqual([
      [0, 0],
      [10, 0],
      [10, 4],
      [0, 4],
    ]);
  });
});
