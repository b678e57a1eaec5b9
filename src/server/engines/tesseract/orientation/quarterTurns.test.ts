import { describe, expect, it } from 'vitest';
import {
  runLinesToOriginal,
  toOriginalBox,
  toOriginalPoint,
  toOriginalQuad,
  toTurnedBox,
  turnedSize,
  type QuarterTurn,
} from './quarterTurns.ts';

// A 300x200 original page; a mark at its pixel (10, 20) of size 30x5 (x0=10, y0=20, x1=40, y1=25).
const original = { width: 300, height: 200 };
const mark = { x0: 10, y0: 20, x1: 40, y1: 25 };

describe('quarter turns', () => {
  it('a quarter turn swaps width and height', () => {
    expect(turnedSize(original, 90)).toEqual({ width: 200, height: 300 });
    expect(turnedSize(original, 180)).toEqual(original);
    // Only the size: a page's other fields (its path) are not carried along.
    expect(turnedSize({ ...original, path: 'p.png' } as typeof original, 0)).toEqual(original);
  });

  // Where the mark lies on the page turned clockwise by `turn` (worked out by hand).
  const turned: Record<QuarterTurn, { x0: number; y0: number; x1: number; y1: number }> = {
    0: mark,
    90: { x0: 175, y0: 10, x1: 180, y1: 40 }, // (x, y) -> (H - y, x)
    180: { x0: 260, y0: 175, x1: 290, y1: 180 }, // (x, y) -> (W - x, H - y)
    270: { x0: 20, y0: 260, x1: 25, y1: 290 }, // (x, y) -> (y, W - x)
  };

  for (const turn of [0, 90, 180, 270] as const) {
    it(`${turn}°: boxes go to the turned page and back`, () => {
      expect(toTurnedBox(mark, turn, original)).toEqual(turned[turn]);
      expect(toOriginalBox(turned[turn], turn, original)).toEqual(mark);
    });
  }

  it('corners of the turned page map to the corners of the original', () => {
    // The turned page's top-left is where the original's left edge went: for 90° clockwise, the bottom-left.
    expect(toOriginalPoint(0, 0, 90, original)).toEqual([0, 200]);
    expect(toOriginalPoint(0, 0, 270, original)).toEqual([300, 0]);
    expect(toOriginalPoint(0, 0, 180, original)).toEqual([300, 200]);
  });

  it("quads start at the text's own top-left, clockwise (CLOVA's order for turned text)", () => {
    // The page was turned counter-clockwise (so it reads upright after 90° clockwise): the text's
    // top-left is at the bottom-left of its box on the original, as in CLOVA's documented example.
    const q = toOriginalQuad(turned[90], 90, original);
    expect(q).toEqual([
      { x: 10, y: 25 },
      { x: 10, y: 20 },
      { x: 40, y: 20 },
      { x: 40, y: 25 },
    ]);
  });

  it('maps run lines back with quads and bounds, order kept', () => {
    const lines = [
      {
        box: turned[270],
        runs: [
          { text: 'a', conf: 90, box: turned[270] },
          {
            text: 'b',
            conf: 80,
            box: turned[270],
            poly: [
              { x: 20, y: 260 },
              { x: 25, y: 260 },
              { x: 25, y: 290 },
              { x: 20, y: 290 },
            ],
          },
        ],
      },
    ];
    const [line] = runLinesToOriginal(lines, 270, original);
    expect(line.box).toEqual(mark);
    expect(line.runs.map((r) => r.text)).toEqual(['a', 'b']);
    expect(line.runs[0].box).toEqual(mark);
    expect(line.runs[0].poly?.[0]).toEqual({ x: 40, y: 20 });
    expect(line.runs[1].poly?.[0]).toEqual({ x: 40, y: 20 });
    expect(runLinesToOriginal(lines, 270, original, false)[0].runs[0].poly).toBeUndefined();
  });
});
