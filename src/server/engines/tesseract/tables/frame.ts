import type { Point } from './types.ts';

/**
 * The deskewed working frame: the page turned by -skew about its centre onto a canvas just large
 * enough to hold it, so rules become axis-parallel. Detection happens here; results are mapped
 * back with `toOriginal`, which makes rectangles into rotated quads on the original page.
 */
export type Frame = {
  degrees: number;
  width: number;
  height: number;
  toDeskewed(p: Point): Point;
  toOriginal(p: Point): Point;
};

export function makeFrame(width: number, height: number, degrees: number): Frame {
  const rad = degrees * (Math.PI / 180);
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const w2 = degrees === 0 ? width : Math.ceil(width * Math.abs(cos) + height * Math.abs(sin));
  const h2 = degrees === 0 ? height : Math.ceil(width * Math.abs(sin) + height * Math.abs(cos));
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  const cx2 = (w2 - 1) / 2;
  const cy2 = (h2 - 1) / 2;
  return {
    degrees,
    width: w2,
    height: h2,
    toDeskewed: ({ x, y }) => {
      const dx = x - cx;
      const dy = y - cy;
      return { x: cos * dx + sin * dy + cx2, y: -sin * dx + cos * dy + cy2 };
    },
    toOriginal: ({ x, y }) => {
      const dx = x - cx2;
      const dy = y - cy2;
      return { x: cos * dx - sin * dy + cx, y: sin * dx + cos * dy + cy };
    },
  };
}
