import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitPage, fitWidth, panBy, rasterToWorld, toScreen, toWorld, zoomAt } from './coords.ts';
import type { View } from './coords.ts';

const coord = fc.double({ min: -1e5, max: 1e5, noNaN: true });
const view = fc.record({ scale: fc.double({ min: 0.05, max: 40, noNaN: true }), x: coord, y: coord });
const point = fc.record({ x: coord, y: coord });

describe('coords', () => {
  it('toWorld inverts toScreen', () => {
    fc.assert(
      fc.property(view, point, (v, p) => {
        const back = toWorld(v, toScreen(v, p));
        expect(back.x).toBeCloseTo(p.x, 6);
        expect(back.y).toBeCloseTo(p.y, 6);
      }),
    );
  });

  it('screen = world × scale + offset', () => {
    expect(toScreen({ scale: 2, x: 10, y: -5 }, { x: 3, y: 4 })).toEqual({ x: 16, y: 3 });
  });

  it('zoomAt keeps the world point under the anchor fixed', () => {
    fc.assert(
      fc.property(view, fc.double({ min: 0.1, max: 10, noNaN: true }), point, (v, factor, anchor) => {
        const before = toWorld(v, anchor);
        const z = zoomAt(v, factor, anchor);
        const after = toWorld(z, anchor);
        expect(after.x).toBeCloseTo(before.x, 4);
        expect(after.y).toBeCloseTo(before.y, 4);
      }),
    );
  });

  it('zoomAt clamps the scale to [0.05, 40] and to custom limits', () => {
    const v: View = { scale: 1, x: 0, y: 0 };
    expect(zoomAt(v, 1000, { x: 0, y: 0 }).scale).toBe(40);
    expect(zoomAt(v, 1e-6, { x: 0, y: 0 }).scale).toBe(0.05);
    expect(zoomAt(v, 3, { x: 0, y: 0 }, { min: 0.5, max: 2 }).scale).toBe(2);
    expect(zoomAt(v, Number.NaN, { x: 5, y: 5 })).toEqual(v);
  });

  it('panBy moves the offset only', () => {
    expect(panBy({ scale: 3, x: 1, y: 2 }, 10, -20)).toEqual({ scale: 3, x: 11, y: -18 });
  });

  it('fitPage shows the whole page centred, within the margins', () => {
    const v = fitPage(1000, 2000, 800, 600, 24);
    const tl = toScreen(v, { x: 0, y: 0 });
    const br = toScreen(v, { x: 1000, y: 2000 });
    expect(tl.y).toBeCloseTo(24, 9); // height is the tight side
    expect(br.y).toBeCloseTo(576, 9);
    expect(tl.x).toBeGreaterThanOrEqual(24);
    expect(br.x).toBeLessThanOrEqual(776);
    expect((tl.x + br.x) / 2).toBeCloseTo(400, 9);
  });

  it('fitPage fits any page in any viewport', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20000 }),
        fc.integer({ min: 1, max: 20000 }),
        fc.integer({ min: 200, max: 4000 }),
        fc.integer({ min: 200, max: 4000 }),
        (w, h, vw, vh) => {
          const v = fitPage(w, h, vw, vh);
          // Unless the scale limits bite, the page fits and touches a margin.
          if (v.scale > 0.05 && v.scale < 40) {
            const br = toScreen(v, { x: w, y: h });
            const tl = toScreen(v, { x: 0, y: 0 });
            expect(tl.x).toBeGreaterThanOrEqual(24 - 1e-6);
            expect(tl.y).toBeGreaterThanOrEqual(24 - 1e-6);
            expect(br.x).toBeLessThanOrEqual(vw - 24 + 1e-6);
            expect(br.y).toBeLessThanOrEqual(vh - 24 + 1e-6);
            expect(Math.min(tl.x, tl.y)).toBeCloseTo(24, 6);
          }
        },
      ),
    );
  });

  it('fitWidth fills the width between the margins, top at the margin', () => {
    const v = fitWidth(595, 842, 1000, 300, 20);
    expect(toScreen(v, { x: 0, y: 0 })).toEqual({ x: 20, y: 20 });
    expect(toScreen(v, { x: 595, y: 0 }).x).toBeCloseTo(980, 9);
  });

  it('fit functions survive zero and NaN sizes', () => {
    for (const v of [fitPage(0, Number.NaN, 0, 0), fitWidth(-1, 0, 10, 10)]) {
      expect(Number.isFinite(v.scale) && Number.isFinite(v.x) && Number.isFinite(v.y)).toBe(true);
    }
  });

  it('rasterToWorld maps raster pixels onto response space', () => {
    expect(rasterToWorld({ width: 595, height: 842 }, { width: 595, height: 842 })).toEqual({ sx: 1, sy: 1 });
    // A page rendered at 150 dpi while CLOVA saw a 72-dpi render.
    const s = rasterToWorld({ width: 595, height: 842 }, { width: 1240, height: 1754 });
    expect(s.sx).toBeCloseTo(595 / 1240, 12);
    expect(s.sy).toBeCloseTo(842 / 1754, 12);
    expect(Number.isFinite(rasterToWorld({ width: 1, height: 1 }, { width: 0, height: 0 }).sx)).toBe(true);
  });
});
