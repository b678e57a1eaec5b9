import { describe, expect, it } from 'vitest';
import { revealView } from './revealTarget.ts';
import { toScreen } from '../../model/index.ts';

const quad = (x: number, y: number, w = 10, h = 10) => [
  { x, y },
  { x: x + w, y },
  { x: x + w, y: y + h },
  { x, y: y + h },
];
const vp = { width: 800, height: 600 };

describe('revealView', () => {
  it('leaves the view alone when the box is on screen', () => {
    const view = { scale: 2, x: 0, y: 0 };
    expect(revealView(view, quad(50, 50), vp)).toBe(view);
  });
  it('centres a box that is off screen, keeping the zoom', () => {
    const view = { scale: 2, x: 0, y: 0 };
    const next = revealView(view, quad(1000, 900), vp);
    expect(next.scale).toBe(2);
    const c = toScreen(next, { x: 1005, y: 905 });
    expect(c.x).toBeCloseTo(400, 6);
    expect(c.y).toBeCloseTo(300, 6);
  });
});
