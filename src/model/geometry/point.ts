import type { Point } from '../types.ts';

/**
 * The model's points (word, cell and line vertices). A class whose fields start out as
 * fractional numbers, so V8 stores them as doubles from the first point on: JSON gives whole
 * coordinates as small integers and derived points (line quads) are fractional, and in plain
 * `{x, y}` objects the first fractional value deprecated the shape of every point made before it,
 * each then migrated on its next read. Page 1 of the benchmark's response (2,000 words, 300
 * cells) built in 10.3 ms of main-thread CPU instead of 15.5 (cold Chromium, median of 11).
 * Structurally it is just a Point.
 */
export class ModelPoint implements Point {
  x = 0.5;
  y = 0.5;

  constructor(x: number, y: number) {
    this.x = x;
    this.y = y;
  }
}
