import { describe, expect, it } from 'vitest';
import {
  boundsContain,
  boundsOf,
  centroid,
  dominantTextDirection,
  pointInPolygon,
  polyArea,
  projectOnto,
  quadAround,
  textDirection,
  unionBounds,
} from './geometry.ts';
import type { Point } from '../types.ts';

const rect = (x: number, y: number, w: number, h: number): Point[] => [
  { x, y },
  { x: x + w, y },
  { x: x + w, y: y + h },
  { x, y: y + h },
];
const rotate = (poly: Point[], deg: number, about: Point = { x: 0, y: 0 }): Point[] => {
  const a = (deg * Math.PI) / 180;
  return poly.map((p) => ({
    x: about.x + (p.x - about.x) * Math.cos(a) - (p.y - about.y) * Math.sin(a),
    y: about.y + (p.x - about.x) * Math.sin(a) + (p.y - about.y) * Math.cos(a),
  }));
};

describe('bounds', () => {
  it('boundsOf covers every vertex, including negative ones', () => {
    expect(
      boundsOf([
        { x: -2, y: 10 },
        { x: 104, y: 4 },
        { x: 106, y: 46 },
      ]),
    ).toEqual({
      minX: -2,
      minY: 4,
      maxX: 106,
      maxY: 46,
    });
  });
  it('boundsOf of nothing is zero, not Infinity', () => {
    expect(boundsOf([])).toEqual({ minX: 0, minY: 0, maxX: 0, maxY: 0 });
  });
  it('unionBounds joins', () => {
    expect(unionBounds([boundsOf(rect(0, 0, 1, 1)), boundsOf(rect(5, -3, 1, 1))])).toEqual({
      minX: 0,
      minY: -3,
      maxX: 6,
      maxY: 1,
    });
    expect(unionBounds([])).toEqual({ minX: 0, minY: 0, maxX: 0, maxY: 0 });
  });
  it('boundsContain includes the edges', () => {
    const b = boundsOf(rect(0, 0, 10, 10));
    expect(boundsContain(b, { x: 10, y: 0 })).toBe(true);
    expect(boundsContain(b, { x: 10.01, y: 0 })).toBe(false);
  });
});

describe('pointInPolygon', () => {
  it('works on a rotated quad: inside the bounding box but outside the quad is out', () => {
    const q = rotate(rect(0, 0, 100, 20), 30);
    const b = boundsOf(q);
    expect(pointInPolygon(centroid(q), q)).toBe(true);
    // The bounding box corner region next to the top-left is empty for a 30° box.
    expect(boundsContain(b, { x: b.minX + 1, y: b.minY + 1 })).toBe(true);
    expect(pointInPolygon({ x: b.minX + 1, y: b.minY + 1 }, q)).toBe(false);
  });
  it('is independent of winding and handles a concave polygon', () => {
    const l: Point[] = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 2 },
      { x: 2, y: 2 },
      { x: 2, y: 10 },
      { x: 0, y: 10 },
    ];
    expect(pointInPolygon({ x: 1, y: 9 }, l)).toBe(true);
    expect(pointInPolygon({ x: 5, y: 5 }, l)).toBe(false);
    expect(pointInPolygon({ x: 1, y: 9 }, [...l].reverse())).toBe(true);
  });
  it('degenerate polygons enclose nothing', () => {
    expect(pointInPolygon({ x: 0, y: 0 }, [])).toBe(false);
    expect(
      pointInPolygon({ x: 0.5, y: 0 }, [
        { x: 0, y: 0 },
        { x: 1, y: 0 },
      ]),
    ).toBe(false);
  });
});

describe('area and centroid', () => {
  it('polyArea is unsigned and rotation invariant', () => {
    expect(polyArea(rect(0, 0, 4, 3))).toBe(12);
    expect(polyArea([...rect(0, 0, 4, 3)].reverse())).toBe(12);
    expect(polyArea(rotate(rect(0, 0, 4, 3), 37))).toBeCloseTo(12, 9);
    expect(polyArea(rect(0, 0, 4, 3).slice(0, 2))).toBe(0);
  });
  it('centroid of a rectangle is its centre; of a line, the vertex mean', () => {
    expect(centroid(rect(2, 2, 4, 6))).toEqual({ x: 4, y: 5 });
    expect(
      centroid([
        { x: 0, y: 0 },
        { x: 2, y: 2 },
      ]),
    ).toEqual({ x: 1, y: 1 });
    expect(centroid([])).toEqual({ x: 0, y: 0 });
  });
});

describe('text direction and quads', () => {
  it('reads the direction from v0→v1', () => {
    const d = textDirection([rotate(rect(0, 0, 10, 2), 10)]);
    expect(Math.atan2(d.y, d.x) * (180 / Math.PI)).toBeCloseTo(10, 9);
    // CLOVA's counter-clockwise vertical text starts at the bottom-left: it reads upwards.
    const up = textDirection([
      [
        { x: 0, y: 10 },
        { x: 0, y: 0 },
        { x: 2, y: 0 },
        { x: 2, y: 10 },
      ],
    ]);
    expect(up.x).toBeCloseTo(0, 12);
    expect(up.y).toBeCloseTo(-1, 12);
  });
  it('falls back to +x when there is no direction', () => {
    expect(textDirection([[{ x: 1, y: 1 }]])).toEqual({ x: 1, y: 0 });
  });
  it('dominantTextDirection ignores a minority of odd boxes', () => {
    const polys = [
      ...Array.from({ length: 9 }, (_, i) => rotate(rect(i * 20, 0, 15, 5), 3)),
      rotate(rect(0, 0, 15, 5), 90),
    ];
    const d = dominantTextDirection(polys);
    expect(Math.atan2(d.y, d.x) * (180 / Math.PI)).toBeCloseTo(3, 6);
    // The plain mean is pulled away by the vertical box.
    const m = textDirection(polys);
    expect(Math.abs(Math.atan2(m.y, m.x) * (180 / Math.PI) - 3)).toBeGreaterThan(2);
  });
  it('quadAround of horizontal boxes is their bounds, clockwise from top-left', () => {
    expect(quadAround([rect(0, 0, 10, 5), rect(20, 1, 10, 6)])).toEqual([
      { x: 0, y: 0 },
      { x: 30, y: 0 },
      { x: 30, y: 7 },
      { x: 0, y: 7 },
    ]);
  });
  it('quadAround follows rotated text and contains every vertex', () => {
    const a = rotate(rect(0, 0, 10, 5), 20);
    const b = rotate(rect(14, 0, 10, 5), 20);
    const q = quadAround([a, b]);
    const whole = rotate(rect(0, 0, 24, 5), 20);
    q.forEach((p, i) => {
      expect(p.x).toBeCloseTo(whole[i].x, 9);
      expect(p.y).toBeCloseTo(whole[i].y, 9);
    });
    expect(polyArea(q)).toBeCloseTo(120, 6);
    expect(quadAround([])).toEqual([]);
  });
  it('projectOnto gives min and max along an axis', () => {
    expect(projectOnto(rect(2, 3, 4, 5), { x: 0, y: 1 })).toEqual([3, 8]);
    expect(projectOnto([], { x: 1, y: 0 })).toEqual([0, 0]);
  });
});
