import { describe, expect, it } from 'vitest';
import { visibleRegion, wantedRasterScale, RASTER_PIXEL_CAP } from './rasterScale.ts';

describe('wantedRasterScale', () => {
  it('matches device pixels at the current zoom', () => {
    expect(wantedRasterScale({ width: 595, height: 842 }, 2, 1, 2)).toBe(4);
    // Response space at 2x the natural size: one natural pixel covers two world units.
    expect(wantedRasterScale({ width: 595, height: 842 }, 1, 2, 1)).toBe(2);
  });
  it('stays under the pixel cap at high zoom', () => {
    const s = wantedRasterScale({ width: 595, height: 842 }, 40, 1, 2);
    expect(595 * s * 842 * s).toBeLessThanOrEqual(RASTER_PIXEL_CAP + 1);
  });
});

describe('visibleRegion', () => {
  const natural = { width: 400, height: 250 };
  it('is the on-screen part of the page in natural pixels, with a margin, clipped to the page', () => {
    // World is 4x natural; zoomed so 100 world px span the 1000 px viewport, starting at world (800, 400).
    const view = { scale: 10, x: -8000, y: -4000 };
    const r = visibleRegion(view, { width: 1000, height: 500 }, natural, { sx: 4, sy: 4 }, 0)!;
    expect(r).toEqual({ minX: 200, minY: 100, maxX: 225, maxY: 113 });
    const withMargin = visibleRegion(view, { width: 1000, height: 500 }, natural, { sx: 4, sy: 4 }, 0.2)!;
    expect(withMargin.minX).toBe(195);
    expect(withMargin.maxX - withMargin.minX).toBeGreaterThan(25);
  });
  it('is null when the page is off screen', () => {
    expect(
      visibleRegion({ scale: 1, x: 5000, y: 0 }, { width: 800, height: 600 }, natural, { sx: 1, sy: 1 }),
    ).toBeNull();
  });
});
