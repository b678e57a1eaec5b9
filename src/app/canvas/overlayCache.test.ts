import { describe, expect, it } from 'vitest';
import { cachePlan, contains, intersect, PIXEL_CAP, visibleWorld } from './overlayCache.ts';

const page = { x: 0, y: 0, width: 2480, height: 3508 };

describe('overlay cache geometry', () => {
  it('maps the viewport to world space under the view', () => {
    expect(visibleWorld({ x: -200, y: 100, scale: 2 }, { width: 800, height: 600 })).toEqual({
      x: 100,
      y: -50,
      width: 400,
      height: 300,
    });
  });

  it('intersects and tests containment', () => {
    expect(intersect({ x: 0, y: 0, width: 10, height: 10 }, { x: 5, y: -5, width: 10, height: 10 })).toEqual({
      x: 5,
      y: 0,
      width: 5,
      height: 5,
    });
    expect(intersect({ x: 0, y: 0, width: 1, height: 1 }, { x: 2, y: 2, width: 1, height: 1 })).toBeNull();
    expect(contains(page, { x: 10, y: 10, width: 100, height: 100 })).toBe(true);
    expect(contains({ x: 10, y: 10, width: 100, height: 100 }, page)).toBe(false);
  });

  it('rasterises the visible part plus a margin, clipped to the page', () => {
    const visible = { x: 1000, y: 1000, width: 400, height: 300 };
    const plan = cachePlan(visible, page, 2)!;
    expect(plan.pxPerWorld).toBe(2);
    expect(contains(plan.rect, visible)).toBe(true);
    expect(plan.rect).toEqual({ x: 800, y: 850, width: 800, height: 600 });
  });

  it('a fitted page is cached whole', () => {
    const plan = cachePlan({ x: -100, y: -20, width: 2700, height: 3550 }, page, 0.25)!;
    expect(plan.rect).toEqual(page);
  });

  it('keeps within the pixel cap by dropping the margin, then the resolution', () => {
    const big = { x: 0, y: 0, width: 100_000, height: 100_000 };
    const visible = { x: 0, y: 0, width: 3000, height: 2000 };
    const plan = cachePlan(visible, big, 2)!;
    expect(plan.rect.width * plan.pxPerWorld * plan.rect.height * plan.pxPerWorld).toBeLessThanOrEqual(
      PIXEL_CAP,
    );
    expect(contains(plan.rect, visible)).toBe(true);
    const huge = cachePlan({ x: 0, y: 0, width: 10_000, height: 10_000 }, big, 2)!;
    expect(huge.pxPerWorld).toBeLessThan(2);
    expect(huge.rect.width * huge.pxPerWorld).toBeLessThanOrEqual(16_384);
  });

  it('nothing to cache when the view is off the page', () => {
    expect(cachePlan({ x: 5000, y: 5000, width: 10, height: 10 }, page, 1)).toBeNull();
  });
});
