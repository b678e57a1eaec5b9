import { describe, expect, it } from 'vitest';
import { cropRegion } from './cropRegion.ts';

const quad = [
  { x: 100, y: 50 },
  { x: 200, y: 50 },
  { x: 200, y: 70 },
  { x: 100, y: 70 },
];

describe('cropRegion', () => {
  it('maps the box plus context from response space to raster pixels', () => {
    // Response space is twice the raster (e.g. CLOVA saw a 2x render of the PDF page).
    const r = cropRegion(
      quad,
      { width: 1000, height: 800 },
      { width: 500, height: 400 },
      { width: 300, height: 100 },
    )!;
    expect(r.kx).toBe(0.5);
    expect(r.sx).toBeCloseTo((100 - 5) * 0.5, 6);
    expect(r.sy).toBeCloseTo((50 - 5) * 0.5, 6);
    expect(r.sw).toBeCloseTo(110 * 0.5, 6);
    expect(r.width / r.height).toBeCloseTo(r.sw / r.sh, 1);
    expect(r.width).toBeLessThanOrEqual(300);
  });
  it('clips at the raster edges (negative coordinates) and gives up outside the page', () => {
    const r = cropRegion(
      quad.map((p) => ({ x: p.x - 150, y: p.y })),
      { width: 500, height: 400 },
      { width: 500, height: 400 },
      { width: 300, height: 100 },
    )!;
    expect(r.sx).toBe(0);
    expect(
      cropRegion(
        quad.map((p) => ({ x: p.x + 5000, y: p.y })),
        { width: 500, height: 400 },
        { width: 500, height: 400 },
        { width: 300, height: 100 },
      ),
    ).toBeNull();
  });
});
