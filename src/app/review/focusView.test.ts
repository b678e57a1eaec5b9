import { describe, expect, it } from 'vitest';
import { toScreen } from '../../model/index.ts';
import { focusView } from './focusView.ts';

const page = { width: 1000, height: 2000 };
const vp = { width: 800, height: 600 };
const word = [
  { x: 100, y: 1500 },
  { x: 160, y: 1500 },
  { x: 160, y: 1510 },
  { x: 100, y: 1510 },
];

describe('focusView', () => {
  it('centres the word on screen', () => {
    const v = focusView(null, word, page, vp);
    const c = toScreen(v, { x: 130, y: 1505 });
    expect(c.x).toBeCloseTo(400);
    expect(c.y).toBeCloseTo(300);
  });

  it('zooms a tiny word up to a readable height', () => {
    const v = focusView({ scale: 0.3, x: 0, y: 0 }, word, page, vp);
    expect(10 * v.scale).toBeGreaterThanOrEqual(27.9);
  });

  it('keeps a closer zoom the user already chose', () => {
    const v = focusView({ scale: 5, x: 0, y: 0 }, word, page, vp);
    expect(v.scale).toBe(5);
  });
});
