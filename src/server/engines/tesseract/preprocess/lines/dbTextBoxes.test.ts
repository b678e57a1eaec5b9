import { describe, expect, it } from 'vitest';
import { dbTextBoxes, type ProbabilityMap } from './dbTextBoxes.ts';

function mapWith(
  width: number,
  height: number,
  regions: { x0: number; y0: number; x1: number; y1: number; p: number }[],
): ProbabilityMap {
  const data = new Float32Array(width * height);
  for (const r of regions)
    for (let y = r.y0; y < r.y1; y++) for (let x = r.x0; x < r.x1; x++) data[y * width + x] = r.p;
  return { data, width, height };
}

describe('dbTextBoxes', () => {
  it('finds one box per region, grown by the unclip distance', () => {
    const map = mapWith(100, 60, [
      { x0: 10, y0: 10, x1: 70, y1: 16, p: 0.9 },
      { x0: 10, y0: 30, x1: 40, y1: 36, p: 0.8 },
    ]);
    const boxes = dbTextBoxes(map);
    expect(boxes).toHaveLength(2);
    // 60×6 region: grow = 60*6*1.5 / (2*66) ≈ 4.09 on every side.
    const grow = (60 * 6 * 1.5) / (2 * 66);
    const [tl, tr, br, bl] = boxes[0].quad;
    expect(tl[0]).toBeCloseTo(10 - grow);
    expect(tl[1]).toBeCloseTo(10 - grow);
    expect(tr[0]).toBeCloseTo(70 + grow);
    expect(br[1]).toBeCloseTo(16 + grow);
    expect(bl[0]).toBeCloseTo(10 - grow);
    expect(boxes[0].score).toBeCloseTo(0.9);
  });

  it('drops regions with a low mean score and specks', () => {
    const map = mapWith(100, 60, [
      { x0: 10, y0: 10, x1: 70, y1: 16, p: 0.5 },
      { x0: 80, y0: 40, x1: 82, y1: 42, p: 0.95 },
    ]);
    expect(dbTextBoxes(map)).toEqual([]);
  });

  it('keeps text lines that touch the image edge', () => {
    const map = mapWith(50, 20, [{ x0: 0, y0: 14, x1: 50, y1: 20, p: 0.9 }]);
    expect(dbTextBoxes(map)).toHaveLength(1);
  });
});
