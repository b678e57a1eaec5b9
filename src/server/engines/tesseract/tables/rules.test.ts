import { describe, expect, it } from 'vitest';
import { paramsFor } from './params.ts';
import { findRules } from './rules.ts';
import { blankMask, fillRect } from '../../../../../test/support/tables/mask.ts';

const params = paramsFor(1000, 800); // minRuleLength 16, maxRuleThickness 6

describe('findRules', () => {
  it('finds a horizontal and a vertical rule with their positions and extents', () => {
    const mask = blankMask(1000, 800);
    fillRect(mask, 100, 200, 899, 201); // 2 px thick, y 200..201
    fillRect(mask, 500, 100, 502, 699); // 3 px thick, x 500..502
    const { horizontal, vertical } = findRules(mask, params);
    expect(horizontal).toHaveLength(1);
    expect(horizontal[0]).toMatchObject({ pos: 200.5, start: 100, end: 899 });
    expect(horizontal[0].thickness).toBeCloseTo(2, 1);
    expect(vertical).toHaveLength(1);
    expect(vertical[0]).toMatchObject({ pos: 501, start: 100, end: 699 });
  });

  it('ignores strokes shorter than the long kernel and filled bars', () => {
    const mask = blankMask(1000, 800);
    for (let x = 100; x < 400; x += 14) fillRect(mask, x, 300, x + 10, 302); // text-like short strokes
    fillRect(mask, 100, 500, 900, 540); // a 41 px bar
    const { horizontal, vertical } = findRules(mask, params);
    expect(horizontal).toEqual([]);
    expect(vertical).toEqual([]);
  });

  it('joins a dashed or broken rule into one segment', () => {
    const mask = blankMask(1000, 800);
    // Gaps of 5 px, within the join gap (8 px on this page).
    for (let x = 100; x < 900; x += 36) fillRect(mask, x, 400, x + 30, 400);
    const { horizontal } = findRules(mask, params);
    expect(horizontal).toHaveLength(1);
    expect(horizontal[0].start).toBe(100);
    expect(horizontal[0].end).toBe(922); // last dash: 892..922
  });

  it('keeps a one-pixel rule that steps down a row as it goes (slight residual skew)', () => {
    const mask = blankMask(1000, 800);
    for (let i = 0; i < 4; i++) fillRect(mask, 100 + i * 200, 300 + i, 299 + i * 200, 300 + i);
    const { horizontal } = findRules(mask, params);
    expect(horizontal).toHaveLength(1);
    expect(horizontal[0]).toMatchObject({ start: 100, end: 899 });
  });
});
