import { describe, expect, it } from 'vitest';
import { area, height, intersect, union } from './box.ts';

const a = { x0: 0, y0: 0, x1: 10, y1: 10 };
const b = { x0: 5, y0: 8, x1: 20, y1: 12 };

describe('box helpers', () => {
  it('unions, intersects and measures', () => {
    expect(union(a, b)).toEqual({ x0: 0, y0: 0, x1: 20, y1: 12 });
    expect(intersect(a, b)).toEqual({ x0: 5, y0: 8, x1: 10, y1: 10 });
    expect(intersect(a, { x0: 10, y0: 0, x1: 12, y1: 5 })).toBeNull();
    expect(area(a)).toBe(100);
    expect(height(b)).toBe(4);
  });
});
