import { describe, expect, it } from 'vitest';
import { rect, rotatePoly } from '../words.testutil.ts';
import { quadOf, splitQuad, unionQuad } from './boxes.ts';

const near = (a: { x: number; y: number }[], b: { x: number; y: number }[]) =>
  a.forEach((p, k) => {
    expect(p.x).toBeCloseTo(b[k].x, 1);
    expect(p.y).toBeCloseTo(b[k].y, 1);
  });

describe('boxes', () => {
  it('splits along the top and bottom edges, for upright and rotated boxes', () => {
    expect(splitQuad(rect(0, 0, 100, 20), 0.25)).toEqual([rect(0, 0, 25, 20), rect(25, 0, 75, 20)]);
    const about = { x: 50, y: 50 };
    const [a, b] = splitQuad(rotatePoly(rect(0, 0, 100, 20), 45, about), 0.25);
    near(a, rotatePoly(rect(0, 0, 25, 20), 45, about));
    near(b, rotatePoly(rect(25, 0, 75, 20), 45, about));
  });

  it('unites boxes along their direction and makes quads of other polygons', () => {
    expect(unionQuad([rect(0, 0, 10, 10), rect(20, 5, 10, 10)])).toEqual(rect(0, 0, 30, 15));
    near(
      unionQuad([rotatePoly(rect(0, 0, 10, 10), 30), rotatePoly(rect(20, 0, 10, 10), 30)]),
      rotatePoly(rect(0, 0, 30, 10), 30),
    );
    expect(
      quadOf([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 5, y: 8 },
      ]),
    ).toEqual(rect(0, 0, 10, 8));
  });
});
