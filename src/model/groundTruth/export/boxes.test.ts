import { describe, expect, it } from 'vitest';
import { rect, rotatePoly } from '../../words.testutil.ts';
import { isUpright, pixelPoints, pixelRect, pointsString } from './boxes.ts';

describe('export boxes', () => {
  it('grows a box to whole pixels and keeps it on the page', () => {
    expect(pixelRect(rect(10.4, 20.6, 30.2, 10), 100, 100)).toEqual({ x: 10, y: 20, width: 31, height: 11 });
    expect(pixelRect(rect(-2, 90, 20, 20), 100, 100)).toEqual({ x: 0, y: 90, width: 18, height: 10 });
    // Entirely off the page: still a 1-pixel box on it.
    expect(pixelRect(rect(150, 150, 10, 10), 100, 100)).toEqual({ x: 99, y: 99, width: 1, height: 1 });
  });

  it('rounds points, none negative, and writes them as x,y pairs', () => {
    expect(pixelPoints([{ x: -1.2, y: 3.5 }])).toEqual([{ x: 0, y: 4 }]);
    expect(pointsString(rect(1, 2, 3, 4))).toBe('1,2 4,2 4,6 1,6');
  });

  it('tells upright rectangles from turned ones', () => {
    expect(isUpright(rect(0, 0, 5, 5))).toBe(true);
    expect(isUpright(rotatePoly(rect(0, 0, 5, 5), 10))).toBe(false);
  });
});
