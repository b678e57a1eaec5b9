import { describe, expect, it } from 'vitest';
import { boundsOf, centroid } from './geometry.ts';
import { SpatialIndex } from './spatial.ts';
import type { Point } from '../types.ts';

const item = (id: number, poly: Point[]) => ({ id, poly, bounds: boundsOf(poly) });
const rect = (x: number, y: number, w: number, h: number): Point[] => [
  { x, y },
  { x: x + w, y },
  { x: x + w, y: y + h },
  { x, y: y + h },
];

describe('SpatialIndex', () => {
  // A skewed box like the card slip's: a parallelogram leaning right.
  const skewed: Point[] = [
    { x: 100, y: 100 },
    { x: 200, y: 80 },
    { x: 210, y: 120 },
    { x: 110, y: 140 },
  ];

  it('hits a skewed quad inside and misses its bounding-box corners', () => {
    const idx = new SpatialIndex([item(7, skewed)]);
    expect(idx.hit(centroid(skewed))).toBe(7);
    expect(idx.hit({ x: 101, y: 81 })).toBeNull(); // in bounds, above the top edge
    expect(idx.hit({ x: 209, y: 139 })).toBeNull(); // in bounds, below the bottom edge
    expect(idx.hit({ x: 500, y: 500 })).toBeNull();
  });

  it('hits rotated quads exactly where they are', () => {
    const a = 35 * (Math.PI / 180);
    const rot = (p: Point): Point => ({
      x: p.x * Math.cos(a) - p.y * Math.sin(a) + 300,
      y: p.x * Math.sin(a) + p.y * Math.cos(a),
    });
    const polys = Array.from({ length: 20 }, (_, i) => rect(0, i * 12, 200, 10).map(rot));
    const idx = new SpatialIndex(polys.map((p, i) => item(i, p)));
    polys.forEach((p, i) => expect(idx.hit(centroid(p))).toBe(i));
    // The 2-px gap between consecutive rotated rows belongs to nobody.
    expect(idx.hit(rot({ x: 100, y: 11 }))).toBeNull();
  });

  it('the smallest polygon wins where they nest (a word inside a cell)', () => {
    const cell = rect(0, 0, 100, 50);
    const word = rect(10, 10, 30, 10);
    const idx = new SpatialIndex([item(1, cell), item(2, word)]);
    expect(idx.hit({ x: 20, y: 15 })).toBe(2);
    expect(idx.hit({ x: 80, y: 40 })).toBe(1);
    // Order of insertion does not matter.
    expect(new SpatialIndex([item(2, word), item(1, cell)]).hit({ x: 20, y: 15 })).toBe(2);
  });

  it('an accept filter skips ids, so the next polygon beneath wins', () => {
    const idx = new SpatialIndex([item(1, rect(0, 0, 100, 50)), item(2, rect(10, 10, 30, 10))]);
    expect(idx.hit({ x: 20, y: 15 }, (id) => id !== 2)).toBe(1);
    expect(idx.hit({ x: 20, y: 15 }, () => false)).toBeNull();
    expect(idx.hit({ x: 20, y: 15 }, () => true)).toBe(2);
  });

  it('search returns the ids whose bounds meet a box', () => {
    const idx = new SpatialIndex([
      item(10, rect(0, 0, 10, 10)),
      item(11, rect(50, 50, 10, 10)),
      item(12, rect(5, 5, 2, 2)),
    ]);
    expect(idx.search({ minX: 0, minY: 0, maxX: 20, maxY: 20 })).toEqual([10, 12]);
    expect(idx.search({ minX: 100, minY: 100, maxX: 200, maxY: 200 })).toEqual([]);
  });

  it('an empty index never hits', () => {
    const idx = new SpatialIndex([]);
    expect(idx.hit({ x: 0, y: 0 })).toBeNull();
    expect(idx.search({ minX: -1e9, minY: -1e9, maxX: 1e9, maxY: 1e9 })).toEqual([]);
  });

  it('degenerate items: 2 vertices hit by bounds, none never', () => {
    const line: Point[] = [
      { x: 0, y: 0 },
      { x: 10, y: 10 },
    ];
    const empty = { id: 2, poly: [], bounds: { minX: 0, minY: 0, maxX: 0, maxY: 0 } };
    // The empty item comes first: with equal (zero) areas it would win any tie it took part in.
    const idx = new SpatialIndex([empty, item(1, line)]);
    expect(idx.hit({ x: 5, y: 5 })).toBe(1);
    expect(idx.hit({ x: 0, y: 0 })).toBe(1);
    expect(new SpatialIndex([empty]).hit({ x: 0, y: 0 })).toBeNull();
  });

  it('finds the right word among 20,000', () => {
    const polys: Point[][] = [];
    for (let r = 0; r < 1000; r++) for (let c = 0; c < 20; c++) polys.push(rect(c * 50, r * 20, 45, 15));
    const idx = new SpatialIndex(polys.map((p, i) => item(i, p)));
    expect(idx.size).toBe(20000);
    expect(idx.hit({ x: 7 * 50 + 20, y: 613 * 20 + 7 })).toBe(613 * 20 + 7);
    expect(idx.hit({ x: 7 * 50 + 47, y: 613 * 20 + 7 })).toBeNull();
  });
});
