import { describe, expect, it } from 'vitest';
import { boxScoreAt } from './boxScore.ts';
import { rectCorners } from './geometry.ts';

const box = (cx: number, cy: number, score: number, angle = 0) => ({
  quad: rectCorners({ cx, cy, width: 200, height: 50, angle }),
  score,
});

describe('boxScoreAt', () => {
  it('gives the score of the box holding the point, undefined outside every box', () => {
    const boxes = [box(150, 50, 0.9), box(150, 300, 0.7)];
    expect(boxScoreAt(boxes, [100, 55])).toBe(0.9);
    expect(boxScoreAt(boxes, [240, 290])).toBe(0.7);
    expect(boxScoreAt(boxes, [150, 170])).toBeUndefined();
    expect(boxScoreAt(boxes, [300, 50])).toBeUndefined();
  });

  it('picks the box whose midline is nearest where unclipped boxes overlap', () => {
    // Lines 30 px apart, boxes 50 px tall: a point 5 px below the first midline is in both.
    const boxes = [box(150, 50, 0.95), box(150, 80, 0.65)];
    expect(boxScoreAt(boxes, [150, 55])).toBe(0.95);
    expect(boxScoreAt(boxes, [150, 75])).toBe(0.65);
  });

  it('measures along and across a turned box', () => {
    const boxes = [box(150, 150, 0.8, Math.PI / 6)];
    // 90 px along the turned midline from the centre: inside; the same distance straight right: outside.
    expect(boxScoreAt(boxes, [150 + 90 * Math.cos(Math.PI / 6), 150 + 90 * Math.sin(Math.PI / 6)])).toBe(0.8);
    expect(boxScoreAt(boxes, [240, 150 - 40])).toBeUndefined();
  });
});
