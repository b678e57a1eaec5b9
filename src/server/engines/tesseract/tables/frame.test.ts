import { describe, expect, it } from 'vitest';
import { makeFrame } from './frame.ts';

describe('makeFrame', () => {
  it('is the identity at 0 degrees', () => {
    const f = makeFrame(300, 200, 0);
    expect([f.width, f.height]).toEqual([300, 200]);
    expect(f.toDeskewed({ x: 10, y: 20 })).toEqual({ x: 10, y: 20 });
  });

  it('turns a line at the skew angle horizontal, and maps back exactly', () => {
    const f = makeFrame(1000, 800, 3);
    const t = Math.tan((3 * Math.PI) / 180);
    const a = f.toDeskewed({ x: 100, y: 300 });
    const b = f.toDeskewed({ x: 900, y: 300 + 800 * t });
    expect(b.y).toBeCloseTo(a.y, 6);
    const back = f.toOriginal(f.toDeskewed({ x: 123.5, y: 456 }));
    expect(back.x).toBeCloseTo(123.5, 9);
    expect(back.y).toBeCloseTo(456, 9);
  });

  it('enlarges the canvas so no corner of the page falls outside', () => {
    const f = makeFrame(1000, 800, -4);
    for (const p of [
      { x: 0, y: 0 },
      { x: 999, y: 0 },
      { x: 999, y: 799 },
      { x: 0, y: 799 },
    ]) {
      const q = f.toDeskewed(p);
      expect(q.x).toBeGreaterThanOrEqual(-0.5);
      expect(q.y).toBeGreaterThanOrEqual(-0.5);
      expect(q.x).toBeLessThanOrEqual(f.width);
      expect(q.y).toBeLessThanOrEqual(f.height);
    }
  });
});
