import { describe, expect, it } from 'vitest';
import type { RunLine } from '../cjkRuns.ts';
import { makeFrame } from '../tables/frame.ts';
import {
  deskewAngle,
  deskewedRunLines,
  deskewImage,
  MAX_DESKEW_DEGREES,
  MIN_DESKEW_DEGREES,
} from './deskew.ts';

describe('deskewAngle', () => {
  it('turns back skews from MIN_DESKEW_DEGREES to MAX_DESKEW_DEGREES, either way', () => {
    expect(deskewAngle(3)).toBe(3);
    expect(deskewAngle(-2.5)).toBe(-2.5);
    expect(deskewAngle(MIN_DESKEW_DEGREES)).toBe(MIN_DESKEW_DEGREES);
    expect(deskewAngle(MAX_DESKEW_DEGREES)).toBe(MAX_DESKEW_DEGREES);
  });

  it('leaves straight pages, tiny skews, out-of-range and unknown skews alone', () => {
    expect(deskewAngle(0)).toBe(0);
    expect(deskewAngle(MIN_DESKEW_DEGREES / 2)).toBe(0);
    expect(deskewAngle(MAX_DESKEW_DEGREES + 1)).toBe(0);
    expect(deskewAngle(undefined)).toBe(0);
    expect(deskewAngle(Number.NaN)).toBe(0);
  });

  it('turns back any measurable skew when asked to (for comparisons)', () => {
    expect(deskewAngle(MIN_DESKEW_DEGREES / 2, true)).toBe(MIN_DESKEW_DEGREES / 2);
    expect(deskewAngle(0.01, true)).toBe(0);
  });
});

describe('deskewImage', () => {
  it('makes a line drawn at the skew horizontal', () => {
    const w = 400;
    const h = 200;
    const degrees = 3;
    const data = new Uint8Array(w * h).fill(255);
    const t = Math.tan((degrees * Math.PI) / 180);
    // A 2-px line through the centre, sloping down to the right by `degrees`, as on a turned scan.
    for (let x = 20; x < w - 20; x++) {
      const y = Math.round(h / 2 + (x - w / 2) * t);
      data[y * w + x] = 0;
      data[(y + 1) * w + x] = 0;
    }
    const { image, frame } = deskewImage({ data, width: w, height: h }, degrees);
    expect(frame.width).toBeGreaterThan(w);
    const inkRows = new Set<number>();
    for (let y = 0; y < image.height; y++)
      for (let x = 0; x < image.width; x++) if (image.data[y * image.width + x] < 128) inkRows.add(y);
    // Upright, the line covers a few rows only (it spanned ~19 before).
    expect(Math.max(...inkRows) - Math.min(...inkRows)).toBeLessThanOrEqual(3);
  });
});

describe('deskewedRunLines', () => {
  it('maps boxes of the upright, enlarged copy back onto the turned page as quads', () => {
    const scale = 2.5;
    const degrees = 3;
    const frame = makeFrame(500 * scale, 200 * scale, degrees);
    // A word on the page: where it stands upright in the copy.
    const topLeft = frame.toDeskewed({ x: 100 * scale, y: 80 * scale });
    const box = { x0: topLeft.x, y0: topLeft.y, x1: topLeft.x + 150, y1: topLeft.y + 25 };
    const lines: RunLine[] = [{ box, runs: [{ text: '합계', conf: 90, box }] }];
    const [line] = deskewedRunLines(lines, frame, scale);
    const run = line.runs[0];
    expect(run.text).toBe('합계');
    // Clockwise from the word's top-left, which lands where the word was on the page.
    expect(run.poly?.[0].x).toBeCloseTo(100, -0.5);
    expect(run.poly?.[0].y).toBeCloseTo(80, -0.5);
    // The top edge slopes down to the right like the page: 60 px wide, 3° → ~3 px lower.
    const [a, b] = run.poly ?? [];
    expect(b.x - a.x).toBeGreaterThan(55);
    expect(b.y - a.y).toBeGreaterThanOrEqual(2);
    expect(b.y - a.y).toBeLessThanOrEqual(4);
    // The box is the quad's bounds, and the line's box holds the run's.
    expect(run.box.x0).toBe(Math.min(...(run.poly ?? []).map((v) => v.x)));
    expect(run.box.y1).toBe(Math.max(...(run.poly ?? []).map((v) => v.y)));
    expect(line.box).toEqual(run.box);
  });
});
