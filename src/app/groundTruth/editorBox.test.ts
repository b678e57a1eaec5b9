import { describe, expect, it } from 'vitest';
import { editorBox, textEms } from './editorBox.ts';

const quad = (pts: [number, number][]) => pts.map(([x, y]) => ({ x, y }));
const view = { scale: 2, x: 10, y: 20 };

describe('editorBox', () => {
  it('covers an upright box in screen space, centred on it', () => {
    const b = editorBox(
      quad([
        [0, 0],
        [100, 0],
        [100, 20],
        [0, 20],
      ]),
      view,
      'abc',
    );
    expect(b.cx).toBe(110);
    expect(b.cy).toBe(40);
    expect(b.angle).toBe(0);
    expect(b.width).toBe(200);
    expect(b.height).toBe(42);
    expect(b.fontSize).toBe(28);
  });

  it('turns with a rotated box, and keeps upside-down text upright', () => {
    const cw90 = editorBox(
      quad([
        [20, 0],
        [20, 100],
        [0, 100],
        [0, 0],
      ]),
      { scale: 1, x: 0, y: 0 },
      'abc',
    );
    expect(cw90.angle).toBeCloseTo(90);
    expect(cw90.width).toBe(100);
    const upside = editorBox(
      quad([
        [100, 20],
        [0, 20],
        [0, 0],
        [100, 0],
      ]),
      { scale: 1, x: 0, y: 0 },
      'abc',
    );
    expect(upside.angle).toBeCloseTo(0);
    const tilted = editorBox(
      quad([
        [0, 0],
        [100, 10],
        [98, 30],
        [-2, 20],
      ]),
      { scale: 1, x: 0, y: 0 },
      'a',
    );
    expect(tilted.angle).toBeCloseTo(5.71, 1);
  });

  it('is wide enough for its text, CJK characters counted square', () => {
    expect(textEms('한국어')).toBe(3);
    expect(textEms('ab')).toBeCloseTo(1.2);
    const tiny = editorBox(
      quad([
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
      ]),
      { scale: 1, x: 0, y: 0 },
      '東京都千代田区',
    );
    expect(tiny.fontSize).toBe(13);
    expect(tiny.width).toBeGreaterThanOrEqual(7 * 13);
    expect(tiny.height).toBeGreaterThanOrEqual(13 * 1.5);
  });

  it('writes Japanese in a column upright, for a tall box or a line turned a quarter; others turn', () => {
    const one = { scale: 1, x: 0, y: 0 };
    const tall = quad([
      [0, 0],
      [30, 0],
      [30, 120],
      [0, 120],
    ]);
    const turned = quad([
      [30, 0],
      [30, 120],
      [0, 120],
      [0, 0],
    ]);
    for (const poly of [tall, turned]) {
      const b = editorBox(poly, one, '見出しの');
      expect(b).toMatchObject({ vertical: true, angle: 0, cx: 15, cy: 60 });
      expect(b.width).toBeLessThan(b.height);
      expect(b.height).toBeGreaterThanOrEqual(120);
      expect(b.width).toBeGreaterThanOrEqual(30);
    }
    // Latin and Korean turned a quarter stay turned; a wide Japanese box stays a line.
    expect(editorBox(turned, one, 'Total')).toMatchObject({ vertical: false });
    expect(editorBox(turned, one, '회의는')).toMatchObject({ vertical: false });
    expect(editorBox(turned, one, 'abc').angle).toBeCloseTo(90);
    const wide = quad([
      [0, 0],
      [120, 0],
      [120, 30],
      [0, 30],
    ]);
    expect(editorBox(wide, one, '東京都')).toMatchObject({ vertical: false, angle: 0 });
  });
});
