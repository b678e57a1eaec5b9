import { describe, expect, it } from 'vitest';
import { dropFragmentLines } from './fragments.ts';

const l = (x0: number, y0: number, x1: number, y1: number) => ({ box: { x0, y0, x1, y1 } });

describe('dropFragmentLines', () => {
  it('drops a short line lying inside a taller one (jamo pieces read as a line)', () => {
    // Measured on a generated Korean page: line 202,273..1245,319 and junk 451,298..726,319.
    const real = l(202, 273, 1245, 319);
    const junk = l(451, 298, 726, 319);
    const next = l(201, 345, 1245, 392);
    expect(dropFragmentLines([real, junk, next])).toEqual([real, next]);
  });
  it('keeps lines that merely touch or overlap a little', () => {
    const a = l(0, 0, 500, 40);
    const b = l(0, 35, 500, 70); // overlaps by 5 px of 35
    const c = l(600, 10, 700, 30); // beside, not inside
    expect(dropFragmentLines([a, b, c])).toEqual([a, b, c]);
  });
  it('keeps one of two identical boxes rather than dropping both', () => {
    const a = l(0, 0, 100, 40);
    const b = l(0, 0, 100, 40);
    expect(dropFragmentLines([a, b])).toHaveLength(2);
  });
});
