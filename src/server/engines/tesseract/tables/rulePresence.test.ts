import { describe, expect, it } from 'vitest';
import { paramsFor } from './params.ts';
import { rulePresent } from './rulePresence.ts';
import { blankMask, fillRect } from '../../../../../test/support/tables/mask.ts';

const params = paramsFor(1000, 800); // tolerance 4

describe('rulePresent', () => {
  it('sees a rule a pixel or two off the grid line, either orientation', () => {
    const mask = blankMask(1000, 800);
    fillRect(mask, 100, 302, 500, 302);
    fillRect(mask, 600, 100, 601, 400);
    expect(rulePresent(mask, 'horizontal', 300, 100, 500, params)).toBe(true);
    expect(rulePresent(mask, 'vertical', 600, 100, 400, params)).toBe(true);
  });

  it('says no where the rule stretch is missing, even with text lying across the line', () => {
    const mask = blankMask(1000, 800);
    // Glyph-like strokes across y=300: inked about half the way.
    for (let x = 150; x < 450; x += 8) fillRect(mask, x, 290, x + 3, 310);
    expect(rulePresent(mask, 'horizontal', 300, 100, 500, params)).toBe(false);
    expect(rulePresent(blankMask(1000, 800), 'vertical', 300, 100, 500, params)).toBe(false);
  });

  it('says no for a rule with a long gap', () => {
    const mask = blankMask(1000, 800);
    fillRect(mask, 100, 300, 250, 300);
    expect(rulePresent(mask, 'horizontal', 300, 100, 500, params)).toBe(false);
  });
});
