import type { Calibration } from './model.ts';

/** Placeholder until bench/experiments/fitConfidence.ts writes the fitted table. */
export const CALIBRATION: Calibration = {
  fittedOn: 'identity',
  words: 0,
  lengthWeight: 0,
  scripts: {
    digits: { intercept: 0, slope: 0 },
    latin: { intercept: 0, slope: 0 },
    hangul: { intercept: 0, slope: 0 },
    cjk: { intercept: 0, slope: 0 },
    mixed: { intercept: 0, slope: 0 },
  },
  isotonic: [],
};
