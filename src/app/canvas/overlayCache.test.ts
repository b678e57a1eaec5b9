import { describe, expect, it } from 'vitest';
import type { Bounds } from '../../model/index.ts';
import { cachePlan, contains, intersect, PIXEL_CAP } from './overlayCache.ts';

const rect = (x: number, y: number, width: number, height: number): Bounds => ({
  minX: x,
  minY: y,
  maxX: x + width,
  maxY: y + height,
});
const width = (b: Bounds) => b.maxX - b.minX;
const height = (b: Bounds) => b.maxY - b.minY;

const page = rect(0, 0, 2480, 3508);

describe('overlay cache geometry', () => {
  it('intersects and tests containment', () => {
    expect(intersect(rect(0, 0, 10, 10), rect(5, -5, 10, 10))).toEqual(rect(5, 0, 5, 5));
    expect(intersect(rect(0, 0, 1, 1), rect(2, 2, 1, 1))).toBeNull();
    expect(contains(page, rect(10, 10, 100, 100))).toBe(true);
    expect(contains(rect(10, 10, 100, 100), page)).toBe(false);
  });

  it('rasterises the visible part plus a margin, clipped to the page', () => {
    const visible = rect(1000, 1000, 400, 300);
    const plan = cachePlan(visible, page, 2)!;
    expect(plan.pxPerWorld).toBe(2);
    expect(contains(plan.rect, visible)).toBe(true);
    expect(plan.rect).toEqual(rect(800, 850, 800, 600));
  });

  it('a fitted page is cached whole', () => {
    const plan = cachePlan(rect(-100, -20, 2700, 3550), page, 0.25)!;
    expect(plan.rect).toEqual(page);
  });

  it('keeps within the pixel cap by dropping the margin, then the resolution', () => {
    const big = rect(0, 0, 100_000, 100_000);
    const visible = rect(0, 0, 3000, 2000);
    const plan = cachePlan(visible, big, 2)!;
    expect(width(plan.rect) * plan.pxPerWorld * height(plan.rect) * plan.pxPerWorld).toBeLessThanOrEqual(
      PIXEL_CAP,
    );
    expect(contains(plan.rect, visible)).toBe(true);
    const huge = cachePlan(rect(0, 0, 10_000, 10_000), big, 2)!;
    expect(huge.pxPerWorld).toBeLessThan(2);
    expect(width(huge.rect) * huge.pxPerWorld).toBeLessThanOrEqual(16_384);
  });

  it('nothing to cache when the view is off the page', () => {
    expect(cachePlan(rect(5000, 5000, 10, 10), page, 1)).toBeNull();
  });
});
