import { describe, expect, it } from 'vitest';
import { buildGrids } from './grid.ts';
import { paramsFor } from './params.ts';
import type { RuleSegment } from './rules.ts';

const params = paramsFor(1000, 800); // tolerance 4, minCellSize 6, longRuleLength 100
const rule = (pos: number, start: number, end: number): RuleSegment => ({ pos, start, end, thickness: 2 });

describe('buildGrids', () => {
  it('clusters the rules of a closed 2x3 grid into grid lines', () => {
    const h = [rule(100, 100, 700), rule(160, 100, 700), rule(220, 100, 700)];
    const v = [
      rule(100, 100, 220),
      rule(300, 100, 220),
      rule(501, 100, 220),
      rule(499, 100, 220),
      rule(700, 100, 220),
    ];
    expect(buildGrids(h, v, params)).toEqual([{ xs: [100, 300, 500, 700], ys: [100, 160, 220] }]);
  });

  it('drops an underline and a stroke that touches only one rule', () => {
    const h = [rule(100, 100, 700), rule(220, 100, 700), rule(400, 100, 600)];
    const v = [rule(100, 100, 220), rule(700, 100, 220), rule(300, 80, 130)];
    expect(buildGrids(h, v, params)).toEqual([{ xs: [100, 700], ys: [100, 220] }]);
  });

  it('adds the missing outer borders of an open-sided table from where its rules end', () => {
    const h = [rule(100, 100, 700), rule(160, 100, 700), rule(220, 100, 700)];
    const v = [rule(400, 100, 220)];
    expect(buildGrids(h, v, params)).toEqual([{ xs: [100, 400, 700], ys: [100, 160, 220] }]);
  });

  it('keeps separate tables apart, top one first', () => {
    const lower = {
      h: [rule(500, 100, 400), rule(600, 100, 400)],
      v: [rule(100, 500, 600), rule(400, 500, 600)],
    };
    const upper = {
      h: [rule(100, 100, 400), rule(200, 100, 400)],
      v: [rule(100, 100, 200), rule(400, 100, 200)],
    };
    const grids = buildGrids([...lower.h, ...upper.h], [...lower.v, ...upper.v], params);
    expect(grids).toEqual([
      { xs: [100, 400], ys: [100, 200] },
      { xs: [100, 400], ys: [500, 600] },
    ]);
  });

  it('finds nothing in lines that never cross', () => {
    expect(buildGrids([rule(100, 100, 700), rule(200, 100, 700)], [rule(900, 300, 500)], params)).toEqual([]);
  });
});
