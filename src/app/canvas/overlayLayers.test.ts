import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OverlayLayers } from './overlayLayers.ts';
import type { LayerPaint, OverlayKind } from './overlayLayers.ts';
import type { Bounds } from '../../model/index.ts';

const rect = (x: number, y: number, width: number, height: number): Bounds => ({
  minX: x,
  minY: y,
  maxX: x + width,
  maxY: y + height,
});

// Node has no canvas: a stand-in that only needs to exist (what is drawn is not inspected here).
const fakeContext = { setTransform() {}, clearRect() {}, drawImage() {} };
beforeAll(() => {
  vi.stubGlobal('document', {
    createElement: () => ({ width: 0, height: 0, getContext: () => fakeContext }),
  });
});
afterAll(() => vi.unstubAllGlobals());

const page = rect(0, 0, 2480, 3508);
const whole = rect(-10, -10, 2500, 3600);

function painters() {
  const calls: string[] = [];
  const make =
    (kind: OverlayKind): LayerPaint =>
    () =>
      void calls.push(kind);
  return { calls, make };
}

describe('OverlayLayers', () => {
  it('rasterises each shown layer once, then only blits while the view holds still', () => {
    const { calls, make } = painters();
    const shown = (['tables', 'words'] as const).map((kind) => ({ kind, paint: make(kind) }));
    const cache = new OverlayLayers();
    const first = cache.draw(whole, page, 0.25, 1, shown);
    expect(first.raster?.rect).toEqual(page);
    expect(first.stale).toBe(false);
    expect(calls).toEqual(['tables', 'words']);
    expect(cache.draw(whole, page, 0.25, 1, shown).raster).toBe(first.raster);
    expect(calls).toHaveLength(2);
  });

  it('draws a first view straight into one bitmap; per-layer bitmaps come with the first restyle', () => {
    const { calls, make } = painters();
    const tables = { kind: 'tables' as const, paint: make('tables') };
    const words = { kind: 'words' as const, paint: make('words') };
    const cache = new OverlayLayers();
    const first = cache.draw(whole, page, 0.25, 1, [tables, words]).raster;
    expect(calls).toEqual(['tables', 'words']);
    // The first toggle paints the layers still shown into bitmaps of their own…
    expect(cache.draw(whole, page, 0.25, 1, [words]).raster).not.toBeNull();
    expect(calls).toEqual(['tables', 'words', 'words']);
    cache.draw(whole, page, 0.25, 1, [tables, words]);
    expect(calls).toEqual(['tables', 'words', 'words', 'tables']);
    // …after which toggles only re-composite, and a new painter repaints its layer only.
    cache.draw(whole, page, 0.25, 1, [words]);
    cache.draw(whole, page, 0.25, 1, [tables, words]);
    expect(calls).toHaveLength(4);
    cache.draw(whole, page, 0.25, 1, [tables, { kind: 'words', paint: make('words') }]);
    expect(calls).toEqual(['tables', 'words', 'words', 'tables', 'words']);
    expect(first?.rect).toEqual(page);
  });

  it('another zoom blits the old bitmap as stale until the view settles, then repaints', () => {
    const { calls, make } = painters();
    const shown = [{ kind: 'words' as const, paint: make('words') }];
    const cache = new OverlayLayers();
    const before = cache.draw(whole, page, 0.25, 1, shown).raster;
    const during = cache.draw(rect(500, 500, 1000, 1000), page, 0.5, 1, shown);
    expect(during.stale).toBe(true);
    expect(during.raster).toBe(before);
    expect(calls).toHaveLength(1);
    cache.sharpen = true;
    const after = cache.draw(rect(500, 500, 1000, 1000), page, 0.5, 1, shown);
    expect(after.stale).toBe(false);
    expect(after.raster?.pxPerWorld).toBe(0.5);
    expect(calls).toHaveLength(2);
  });

  it('panning off the cached region at the same zoom repaints at once', () => {
    const { calls, make } = painters();
    const shown = [{ kind: 'lines' as const, paint: make('lines') }];
    const cache = new OverlayLayers();
    cache.draw(rect(0, 0, 400, 300), page, 2, 1, shown);
    const moved = cache.draw(rect(1800, 2500, 400, 300), page, 2, 1, shown);
    expect(moved.stale).toBe(false);
    expect(calls).toHaveLength(2);
  });

  it('zooming out well past the cached region rasterises again at once rather than show blank edges', () => {
    const { calls, make } = painters();
    const shown = [{ kind: 'words' as const, paint: make('words') }];
    const cache = new OverlayLayers();
    cache.draw(rect(1000, 1000, 400, 300), page, 4, 1, shown);
    const slightly = cache.draw(rect(900, 925, 600, 450), page, 2.67, 1, shown);
    expect(slightly.stale).toBe(true);
    expect(calls).toHaveLength(1);
    const far = cache.draw(rect(0, 0, 2480, 1860), page, 0.6, 1, shown);
    expect(far.stale).toBe(false);
    expect(calls).toHaveLength(2);
  });
});
