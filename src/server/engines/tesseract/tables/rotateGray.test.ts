import { describe, expect, it } from 'vitest';
import { makeFrame } from './frame.ts';
import { rotateGray } from './rotateGray.ts';
import type { GrayImage } from '../raster/grayImage.ts';

describe('rotateGray', () => {
  it('returns the page itself when there is no skew', () => {
    const page: GrayImage = { data: new Uint8Array(12).fill(255), width: 4, height: 3 };
    expect(rotateGray(page, makeFrame(4, 3, 0))).toBe(page);
  });

  it('makes a rule drawn at the skew angle into one unbroken row', () => {
    const w = 800;
    const h = 400;
    const degrees = 2.5;
    const data = new Uint8Array(w * h).fill(255);
    const t = Math.tan((degrees * Math.PI) / 180);
    for (let x = 100; x < 700; x++) data[Math.round(200 + (x - 400) * t) * w + x] = 0;
    const frame = makeFrame(w, h, degrees);
    const out = rotateGray({ data, width: w, height: h }, frame);
    const mid = frame.toDeskewed({ x: 400, y: 200 });
    const row = Math.round(mid.y);
    const from = Math.round(frame.toDeskewed({ x: 120, y: 200 + (120 - 400) * t }).x);
    const to = Math.round(frame.toDeskewed({ x: 680, y: 200 + (680 - 400) * t }).x);
    // Every column along the rule is dark within one pixel of that row; white paper stays white.
    for (let x = from; x <= to; x++) {
      const darkest = Math.min(
        out.data[(row - 1) * out.width + x],
        out.data[row * out.width + x],
        out.data[(row + 1) * out.width + x],
      );
      expect(darkest).toBeLessThan(160);
    }
    expect(out.data[(row - 20) * out.width + 400]).toBe(255);
  });
});
