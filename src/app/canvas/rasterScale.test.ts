import { describe, expect, it } from 'vitest';
import { needsRerender, wantedRasterScale, RASTER_PIXEL_CAP } from './rasterScale.ts';

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

describe('needsRerender', () => {
  it('re-renders when much sharper or much coarser is wanted, not for small changes', () => {
    expect(needsRerender(null, 1)).toBe(true);
    expect(needsRerender(2, 2.1)).toBe(false);
    expect(needsRerender(2, 2.5)).toBe(true);
    expect(needsRerender(2, 0.5)).toBe(true);
  });
});
