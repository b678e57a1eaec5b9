import { describe, expect, it } from 'vitest';
import {
  decideAsk,
  DETAIL_DEBOUNCE_MS,
  RERENDER_DEBOUNCE_MS,
  isBackground,
  needsRerender,
  neighbourOf,
  PRIORITY,
  sameRegion,
  startsRender,
} from './renderPolicy.ts';

describe('needsRerender', () => {
  it('re-renders when much sharper or much coarser is wanted, not for small changes', () => {
    expect(needsRerender(null, 1)).toBe(true);
    expect(needsRerender(2, 2.1)).toBe(false);
    expect(needsRerender(2, 2.5)).toBe(true);
    expect(needsRerender(2, 0.5)).toBe(true);
  });
});

describe('startsRender', () => {
  it('starts the first render, and no second one while a first that will do is running', () => {
    expect(startsRender(null, null, 0.9)).toBe(true);
    // The fit moved from 0.908 to 0.866 while the first render ran: it will do.
    expect(startsRender(null, 0.908, 0.866)).toBe(false);
    // A zoom far from the running render's: that one would be too coarse.
    expect(startsRender(null, 0.5, 2)).toBe(true);
  });
  it('once a raster is shown, renders again only when it is clearly too coarse or too fine', () => {
    expect(startsRender(0.908, null, 0.866)).toBe(false);
    expect(startsRender(0.908, 0.866, 2)).toBe(true);
    expect(startsRender(2, null, 0.5)).toBe(true);
  });
});

describe('priorities', () => {
  it('puts the page on screen first and makes neighbours and thumbnails background work', () => {
    expect(PRIORITY.visible).toBeLessThan(PRIORITY.detail);
    expect(PRIORITY.detail).toBeLessThan(PRIORITY.neighbour);
    expect(PRIORITY.neighbour).toBeLessThan(PRIORITY.thumbnail);
    expect([isBackground('visible'), isBackground('detail')]).toEqual([false, false]);
    expect([isBackground('neighbour'), isBackground('thumbnail')]).toEqual([true, true]);
  });
});

describe('neighbourOf', () => {
  it('looks ahead in the direction of travel, and back at either end', () => {
    expect(neighbourOf(3, 10, 1)).toBe(4);
    expect(neighbourOf(3, 10, -1)).toBe(2);
    expect(neighbourOf(9, 10, 1)).toBe(8);
    expect(neighbourOf(0, 10, -1)).toBe(1);
    expect(neighbourOf(0, 1, 1)).toBeNull();
  });
});

describe('sameRegion', () => {
  it('compares by value', () => {
    expect(sameRegion({ x: 1, y: 2, width: 3, height: 4 }, { x: 1, y: 2, width: 3, height: 4 })).toBe(true);
    expect(sameRegion({ x: 1, y: 2, width: 3, height: 4 }, { x: 1, y: 2, width: 3, height: 5 })).toBe(false);
    expect(sameRegion(null, null)).toBe(true);
    expect(sameRegion(null, { x: 0, y: 0, width: 1, height: 1 })).toBe(false);
  });
});

describe('decideAsk', () => {
  const none = { shown: null, running: null, want: null, failed: null };
  const at = (
    scale: number,
    region = null as { x: number; y: number; width: number; height: number } | null,
  ) => ({
    scale,
    region,
  });
  it('renders a first page at once and re-renders a shown one after the zoom settles', () => {
    expect(decideAsk('page', none, at(1))).toEqual({ delay: 0 });
    expect(decideAsk('page', { ...none, shown: at(1) }, at(2))).toEqual({ delay: RERENDER_DEBOUNCE_MS });
    expect(decideAsk('page', { ...none, shown: at(1) }, at(1.1))).toBe('drop');
    expect(decideAsk('page', { ...none, running: at(0.908) }, at(0.866))).toBe('drop');
    expect(decideAsk('page', { ...none, want: at(1) }, at(1))).toBe('keep');
  });
  it('leaves a failed page blank until a clearly different zoom', () => {
    expect(decideAsk('page', { ...none, failed: at(1) }, at(1.05))).toBe('keep');
    expect(decideAsk('page', { ...none, failed: at(1) }, at(3))).toEqual({ delay: 0 });
  });
  it('debounces detail tiles and asks nothing for the tile already there', () => {
    const r = { x: 0, y: 0, width: 5, height: 5 };
    expect(decideAsk('detail', none, at(3, r))).toEqual({ delay: DETAIL_DEBOUNCE_MS });
    expect(decideAsk('detail', { ...none, shown: at(3, { ...r }) }, at(3, r))).toBe('drop');
    expect(decideAsk('detail', { ...none, want: at(3, r) }, at(3, { ...r }))).toBe('keep');
  });
  it('renders a thumbnail once', () => {
    expect(decideAsk('thumbnail', none, at(0.2))).toEqual({ delay: 0 });
    expect(decideAsk('thumbnail', { ...none, shown: at(0.2) }, at(0.2))).toBe('keep');
  });
});
