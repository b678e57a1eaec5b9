import { describe, expect, it } from 'vitest';
import {
  aurocOfWrong,
  expectedCalibrationError,
  proposeThreshold,
  reliabilityBins,
  thresholdSweep,
} from './calibration.ts';

const w = (confidence: number, correct: boolean) => ({ confidence, correct });

describe('reliabilityBins and ECE', () => {
  it('bins by confidence (1 in the last bin) and computes ECE by hand', () => {
    const words = [w(0.95, true), w(0.95, true), w(0.95, false), w(1, true), w(0.15, false), w(0.15, true)];
    const bins = reliabilityBins(words);
    expect(bins).toHaveLength(10);
    expect(bins[9]).toMatchObject({ lo: 0.9, hi: 1, count: 4, accuracy: 0.75 });
    expect(bins[9].meanConfidence).toBeCloseTo((0.95 * 3 + 1) / 4, 12);
    expect(bins[1]).toMatchObject({ count: 2, accuracy: 0.5 });
    expect(bins[1].meanConfidence).toBeCloseTo(0.15, 12);
    expect(bins[5]).toMatchObject({ count: 0, meanConfidence: null, accuracy: null });
    // ECE = 4/6 × |.75 − .9625| + 2/6 × |.5 − .15| = .141667 + .116667.
    expect(expectedCalibrationError(bins)).toBeCloseTo((4 / 6) * 0.2125 + (2 / 6) * 0.35, 12);
    expect(expectedCalibrationError(reliabilityBins([]))).toBeNull();
  });

  it('is 0 for a perfectly calibrated set', () => {
    const words = [w(0.75, true), w(0.75, true), w(0.75, true), w(0.75, false)];
    expect(expectedCalibrationError(reliabilityBins(words))).toBeCloseTo(0, 12);
  });
});

describe('aurocOfWrong', () => {
  it('is 1 when every wrong word is less confident than every right one, 0 the other way', () => {
    expect(aurocOfWrong([w(0.2, false), w(0.3, false), w(0.9, true)])).toBe(1);
    expect(aurocOfWrong([w(0.9, false), w(0.2, true)])).toBe(0);
  });

  it('gives ties half credit (Mann–Whitney), by hand', () => {
    // Wrong: .5, .9; right: .5, .8, .95. Pairs (wrong, right) where wrong is less confident:
    // (.5,.5) tie ½, (.5,.8) 1, (.5,.95) 1, (.9,.5) 0, (.9,.8) 0, (.9,.95) 1 → 3.5 / 6.
    const words = [w(0.5, false), w(0.9, false), w(0.5, true), w(0.8, true), w(0.95, true)];
    expect(aurocOfWrong(words)).toBeCloseTo(3.5 / 6, 12);
    // All tied: a coin.
    expect(aurocOfWrong([w(0.7, false), w(0.7, true), w(0.7, true)])).toBe(0.5);
  });

  it('is null without wrong or without right words', () => {
    expect(aurocOfWrong([w(0.5, true)])).toBeNull();
    expect(aurocOfWrong([w(0.5, false)])).toBeNull();
    expect(aurocOfWrong([])).toBeNull();
  });
});

describe('thresholdSweep and proposeThreshold', () => {
  const words = [w(0.1, false), w(0.45, false), w(0.5, true), w(0.8, false), w(0.99, true), w(1, true)];
  const sweep = thresholdSweep(words);

  it('flags words below the threshold: review share and wrong words caught', () => {
    expect(sweep).toHaveLength(101);
    const at = (t: number) => sweep[Math.round(t * 100)];
    expect(at(0)).toEqual({ threshold: 0, reviewShare: 0, errorCatch: 0 });
    // Below .1 nothing; .1 itself is not below .1.
    expect(at(0.1)).toMatchObject({ reviewShare: 0, errorCatch: 0 });
    expect(at(0.11)).toMatchObject({ reviewShare: 1 / 6, errorCatch: 1 / 3 });
    // Below .5: .1 and .45, both wrong.
    expect(at(0.5)).toMatchObject({ reviewShare: 2 / 6, errorCatch: 2 / 3 });
    expect(at(0.81)).toMatchObject({ reviewShare: 4 / 6, errorCatch: 1 });
    // A confidence of 1 is never below a threshold.
    expect(at(1)).toMatchObject({ reviewShare: 5 / 6, errorCatch: 1 });
  });

  it('proposes the lowest threshold catching the target share', () => {
    expect(proposeThreshold(sweep, 0.95)?.threshold).toBe(0.81);
    expect(proposeThreshold(sweep, 0.5)?.threshold).toBe(0.46);
    expect(proposeThreshold(thresholdSweep([w(1, false)]), 0.95)).toBeNull();
    // No wrong words: nothing to catch, the lowest threshold will do.
    expect(proposeThreshold(thresholdSweep([w(0.4, true)]))?.threshold).toBe(0);
  });
});
