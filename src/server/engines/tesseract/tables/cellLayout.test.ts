import { describe, expect, it } from 'vitest';
import { layoutCells } from './cellLayout.ts';
import { paramsFor } from './params.ts';
import { blankMask, fillRect } from '../../../../../test/support/tables/mask.ts';
import type { BinaryMask } from './types.ts';

const params = paramsFor(1000, 800);

/** Draws the listed horizontal [y, x0, x1] and vertical [x, y0, y1] rule stretches. */
function draw(h: [number, number, number][], v: [number, number, number][]): BinaryMask {
  const mask = blankMask(1000, 800);
  for (const [y, x0, x1] of h) fillRect(mask, x0, y, x1, y + 1);
  for (const [x, y0, y1] of v) fillRect(mask, x, y0, x + 1, y1);
  return mask;
}

describe('layoutCells', () => {
  it('merges cells where the separating rule is missing', () => {
    // 3x3 grid on xs 100/300/500/700, ys 100/200/300/400; the rule between rows 1 and 2 is
    // missing in column 0 (rowSpan), the rule between columns 1 and 2 is missing in row 0.
    const mask = draw(
      [
        [100, 100, 700],
        [200, 100, 700],
        [300, 300, 700],
        [400, 100, 700],
      ],
      [
        [100, 100, 400],
        [300, 100, 400],
        [500, 200, 400],
        [700, 100, 400],
      ],
    );
    const layout = layoutCells({ xs: [100, 300, 500, 700], ys: [100, 200, 300, 400] }, mask, params);
    expect(layout?.cells).toEqual([
      { row: 0, col: 0, rowSpan: 1, colSpan: 1 },
      { row: 0, col: 1, rowSpan: 1, colSpan: 2 },
      { row: 1, col: 0, rowSpan: 2, colSpan: 1 },
      { row: 1, col: 1, rowSpan: 1, colSpan: 1 },
      { row: 1, col: 2, rowSpan: 1, colSpan: 1 },
      { row: 2, col: 1, rowSpan: 1, colSpan: 1 },
      { row: 2, col: 2, rowSpan: 1, colSpan: 1 },
    ]);
  });

  it('drops a grid line that separates nothing, and re-indexes', () => {
    // The middle vertical at x=300 exists only outside the table (a stub above it).
    const mask = draw(
      [
        [100, 100, 700],
        [200, 100, 700],
        [300, 100, 700],
      ],
      [
        [100, 100, 300],
        [500, 100, 300],
        [700, 100, 300],
      ],
    );
    const layout = layoutCells({ xs: [100, 300, 500, 700], ys: [100, 200, 300] }, mask, params);
    expect(layout?.xs).toEqual([100, 500, 700]);
    expect(layout?.cells).toEqual([
      { row: 0, col: 0, rowSpan: 1, colSpan: 1 },
      { row: 0, col: 1, rowSpan: 1, colSpan: 1 },
      { row: 1, col: 0, rowSpan: 1, colSpan: 1 },
      { row: 1, col: 1, rowSpan: 1, colSpan: 1 },
    ]);
  });

  it('cuts an L-shaped merge into rectangles that still cover the grid', () => {
    // 2x2 grid: the middle rules exist only next to cell (1,1), so (0,0), (0,1) and (1,0) form an L.
    const mask = draw(
      [
        [100, 100, 500],
        [200, 300, 500],
        [300, 100, 500],
      ],
      [
        [100, 100, 300],
        [300, 200, 300],
        [500, 100, 300],
      ],
    );
    const layout = layoutCells({ xs: [100, 300, 500], ys: [100, 200, 300] }, mask, params);
    expect(layout?.cells).toEqual([
      { row: 0, col: 0, rowSpan: 1, colSpan: 2 },
      { row: 1, col: 0, rowSpan: 1, colSpan: 1 },
      { row: 1, col: 1, rowSpan: 1, colSpan: 1 },
    ]);
  });

  it('returns null for a frame with a single cell', () => {
    const mask = draw(
      [
        [100, 100, 700],
        [300, 100, 700],
      ],
      [
        [100, 100, 300],
        [700, 100, 300],
      ],
    );
    expect(layoutCells({ xs: [100, 700], ys: [100, 300] }, mask, params)).toBeNull();
  });
});
