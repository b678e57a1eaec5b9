import { describe, expect, it } from 'vitest';
import { addToFit, buildFits, emptyFit, fitSlope, MAX_SLOPE, predictBand } from './lineFit.ts';
import { measureFrame } from './lineFrame.ts';
import { rect } from '../words.testutil.ts';

describe('line fits', () => {
  // Boxes on a line sloping 0.05 down to the right, 20 px tall.
  const f = measureFrame([0, 100, 200, 300].map((x) => rect(x, 10 + 0.05 * x, 80, 20)));

  it('fit the slope of their boxes and predict the band anywhere along the line', () => {
    const fit = buildFits(f, new Int32Array([0, 0, 0, 0]), 1)[0];
    expect(fit.n).toBe(4);
    expect(fitSlope(fit)).toBeCloseTo(0.05, 9);
    const band = predictBand(fit, 440);
    expect(band?.c).toBeCloseTo(10 + 0.05 * 400 + 10, 9);
    expect(band?.h).toBeCloseTo(20, 9);
  });

  it('leave a box out on request, and are empty without boxes', () => {
    const fit = emptyFit();
    addToFit(fit, f, 0, 1);
    addToFit(fit, f, 3, 1);
    expect(predictBand(fit, f.u[0], f, 0)?.c).toBeCloseTo(f.c[3], 9); // only box 3 left: flat
    addToFit(fit, f, 3, -1);
    expect(predictBand(fit, 0, f, 0)).toBeNull();
    expect(predictBand(emptyFit(), 0)).toBeNull();
  });

  it('clamp the slope to MAX_SLOPE', () => {
    const steep = measureFrame([rect(0, 0, 10, 20), rect(0, 0, 10, 20), rect(20, 300, 10, 20)]);
    // Boxes 0 and 1 set the direction (flat); box 2 is far below.
    const fit = buildFits(steep, new Int32Array([0, 0, 0]), 1)[0];
    expect(Math.abs(fitSlope(fit))).toBeLessThanOrEqual(MAX_SLOPE);
  });
});
