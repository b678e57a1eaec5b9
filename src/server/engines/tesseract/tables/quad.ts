import type { BoundingPoly } from '../../../../clova/index.ts';
import type { Frame } from './frame.ts';

/** Axis-parallel box in the deskewed frame. */
export type Box = { x0: number; y0: number; x1: number; y1: number };

/** The box as a CLOVA polygon on the original page: TL, TR, BR, BL (clockwise), whole pixels. */
export function boxToPoly(box: Box, frame: Frame): BoundingPoly {
  const corners = [
    { x: box.x0, y: box.y0 },
    { x: box.x1, y: box.y0 },
    { x: box.x1, y: box.y1 },
    { x: box.x0, y: box.y1 },
  ];
  return {
    vertices: corners.map((p) => {
      const o = frame.toOriginal(p);
      return { x: Math.round(o.x), y: Math.round(o.y) };
    }),
  };
}

/** Mean confidence to 4 decimals, as CLOVA writes it; 1 when there is nothing to average. */
export function meanConfidence(values: number[]): number {
  if (values.length === 0) return 1;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10000) / 10000;
}
