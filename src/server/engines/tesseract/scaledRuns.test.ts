import { describe, expect, it } from 'vitest';
import { scaleRunLines } from './scaledRuns.ts';

describe('scaleRunLines', () => {
  it('divides an upscaled page’s boxes back to page pixels, rounding', () => {
    const out = scaleRunLines(
      [
        {
          box: { x0: 40, y0: 80, x1: 401, y1: 120 },
          runs: [{ text: '합계', conf: 91, box: { x0: 41, y0: 80, x1: 150, y1: 119 } }],
        },
      ],
      1 / 4,
    );
    expect(out).toEqual([
      {
        box: { x0: 10, y0: 20, x1: 100, y1: 30 },
        runs: [{ text: '합계', conf: 91, box: { x0: 10, y0: 20, x1: 38, y1: 30 } }],
      },
    ]);
  });
});
