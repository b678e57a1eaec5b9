import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  boxFrame,
  boxToWorld,
  centreOn,
  devicePerNatural,
  fitPage,
  fitView,
  fitWidth,
  naturalBoundsToWorld,
  naturalToWorld,
  panBy,
  rasterToWorld,
  rescaleView,
  toScreen,
  toWorld,
  visibleWorld,
  worldBoundsToNatural,
  worldToNatural,
  worldToRaster,
  zoomAt,
} from './coords.ts';
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

const size = fc.record({
  width: fc.integer({ min: 1, max: 20000 }),
  height: fc.integer({ min: 1, max: 20000 }),
});

describe('coords: the inverse pairs and the derived transforms', () => {
  it('worldToRaster ∘ rasterToWorld = id, and natural ↔ world points round-trip', () => {
    fc.assert(
      fc.property(size, size, point, (page, raster, p) => {
        const worldPerNatural = rasterToWorld(page, raster);
        const naturalPerWorld = worldToRaster(page, raster);
        expect(worldPerNatural.sx * naturalPerWorld.sx).toBeCloseTo(1, 12);
        expect(worldPerNatural.sy * naturalPerWorld.sy).toBeCloseTo(1, 12);
        const back = naturalToWorld(worldToNatural(p, worldPerNatural), worldPerNatural);
        expect(back.x).toBeCloseTo(p.x, 6);
        expect(back.y).toBeCloseTo(p.y, 6);
        // The raster's far corner is the page's far corner.
        const corner = naturalToWorld({ x: raster.width, y: raster.height }, worldPerNatural);
        expect(corner.x).toBeCloseTo(page.width, 6);
        expect(corner.y).toBeCloseTo(page.height, 6);
      }),
    );
  });

  it('natural ↔ world bounds round-trip', () => {
    fc.assert(
      fc.property(size, size, point, point, (page, raster, a, b) => {
        const worldPerNatural = rasterToWorld(page, raster);
        const bounds = { minX: a.x, minY: a.y, maxX: b.x, maxY: b.y };
        const back = naturalBoundsToWorld(worldBoundsToNatural(bounds, worldPerNatural), worldPerNatural);
        expect(back.minX).toBeCloseTo(bounds.minX, 6);
        expect(back.maxY).toBeCloseTo(bounds.maxY, 6);
      }),
    );
  });

  it('visibleWorld maps the viewport to world space under the view', () => {
    expect(visibleWorld({ x: -200, y: 100, scale: 2 }, { width: 800, height: 600 })).toEqual({
      minX: 100,
      minY: -50,
      maxX: 500,
      maxY: 250,
    });
    fc.assert(
      fc.property(view, size, (v, vp) => {
        const w = visibleWorld(v, vp);
        const tl = toScreen(v, { x: w.minX, y: w.minY });
        const br = toScreen(v, { x: w.maxX, y: w.maxY });
        expect(tl.x).toBeCloseTo(0, 4);
        expect(br.y).toBeCloseTo(vp.height, 4);
      }),
    );
  });

  it('fitView is fitPage or fitWidth', () => {
    expect(fitView('page', { width: 1000, height: 2000 }, { width: 800, height: 600 })).toEqual(
      fitPage(1000, 2000, 800, 600),
    );
    expect(fitView('width', { width: 595, height: 842 }, { width: 1000, height: 300 })).toEqual(
      fitWidth(595, 842, 1000, 300),
    );
  });

  it('centreOn centres the target, at least minPx tall, never zoomed out from the view', () => {
    const target = { minX: 100, minY: 1500, maxX: 160, maxY: 1510 };
    const vp = { width: 800, height: 600 };
    const v = centreOn(null, target, vp, { minScale: 0.3, minPx: 28 });
    const c = toScreen(v, { x: 130, y: 1505 });
    expect(c.x).toBeCloseTo(400);
    expect(c.y).toBeCloseTo(300);
    expect(10 * v.scale).toBeCloseTo(28);
    expect(centreOn({ scale: 5, x: 0, y: 0 }, target, vp, { minScale: 0.3, minPx: 28 }).scale).toBe(5);
    expect(centreOn(null, { ...target, maxY: 1500.0001 }, vp, { minScale: 1, minPx: 1e9 }).scale).toBe(40);
  });

  it('rescaleView keeps the page where it was on screen when world space changes size', () => {
    const v = { scale: 2, x: 30, y: -40 };
    const r = rescaleView(v, 595, 2480);
    // The old page's far edge (595 world) and the new one's (2480 world) land on the same screen x.
    expect(toScreen(r, { x: 2480, y: 0 }).x).toBeCloseTo(toScreen(v, { x: 595, y: 0 }).x, 9);
    expect(rescaleView(v, 0, 100)).toBe(v);
  });

  it('devicePerNatural: one raster pixel per device pixel at this zoom', () => {
    expect(devicePerNatural({ scale: 2, x: 0, y: 0 }, { sx: 0.5, sy: 0.5 }, 1.5)).toBe(1.5);
  });
});

describe('boxFrame', () => {
  // x0, y0, x1, y1, ...: a quad as a flat list, v0 first.
  const quad = (...xy: number[]) => [0, 2, 4, 6].map((i) => ({ x: xy[i], y: xy[i + 1] }));

  it('frames an upright box: along +x, across +y, its size', () => {
    const f = boxFrame(quad(10, 20, 110, 20, 110, 50, 10, 50));
    expect(f).toEqual({
      origin: { x: 10, y: 20 },
      along: { x: 1, y: 0 },
      across: { x: 0, y: 1 },
      width: 100,
      height: 30,
    });
    expect(boxToWorld(f, { x: 100, y: 30 })).toEqual({ x: 110, y: 50 });
  });

  it('turns with a box rotated 90° clockwise (text running down the page)', () => {
    // v0 is the text's top-left: on the right of the column, text runs downwards.
    const f = boxFrame(quad(50, 0, 50, 100, 20, 100, 20, 0));
    expect([f.along.x, f.along.y, f.across.x, f.width, f.height].map((v) => Math.round(v))).toEqual([
      0, 1, -1, 100, 30,
    ]);
  });

  it('maps every corner of a rotated or skewed quad back onto itself', () => {
    const rot = (a: number) =>
      quad(0, 0, 80, 0, 86, 20, 6, 20).map((p) => ({
        x: 300 + p.x * Math.cos(a) - p.y * Math.sin(a),
        y: 200 + p.x * Math.sin(a) + p.y * Math.cos(a),
      }));
    for (const a of [0.3, -2, Math.PI]) {
      const poly = rot(a);
      const f = boxFrame(poly);
      const corners = [0, 0, f.width, 0, f.width, f.height, 0, f.height];
      poly.forEach((p, i) => {
        const w = boxToWorld(f, { x: corners[2 * i], y: corners[2 * i + 1] });
        expect(w.x).toBeCloseTo(p.x, 6);
        expect(w.y).toBeCloseTo(p.y, 6);
      });
    }
  });

  it('falls back to the bounds for a degenerate or odd polygon', () => {
    expect(boxFrame(quad(0, 0, 10, 0, 20, 0, 30, 0)).along).toEqual({ x: 1, y: 0 });
    expect(boxFrame(quad(0, 0, 10, 5, 4, 9, 4, 9).slice(0, 3))).toMatchObject({ width: 10, height: 9 });
    expect(boxFrame([])).toMatchObject({ width: 0, height: 0 });
  });
});
