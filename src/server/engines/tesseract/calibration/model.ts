import {
  WORD_SCRIPTS,
  detectorTerm,
  lengthTerm,
  wordScript,
  type DetectorScale,
  type WordScript,
} from './features.ts';

/**
 * A calibration: a logistic model of "this word is right" on tesseract's confidence (0..1), the
 * word's script and length (and, on the line path, the line detector's score), followed by an isotonic map of the model's output fitted on the same
 * words, so that a word given p is right about p of the time. Slopes are kept ≥ 0 and the
 * isotonic map is non-decreasing, so the calibrated value never falls as tesseract's rises.
 */
export interface Calibration {
  /** Where and when the table was fitted: a sentence for readers of the file. */
  fittedOn: string;
  words: number;
  lengthWeight: number;
  scripts: Record<WordScript, { intercept: number; slope: number }>;
  /** The line detector's score term (line path only): weight per standard deviation, and the scale. */
  detector?: DetectorScale & { weight: number };
  /** Knots [model output, calibrated], x and y non-decreasing; linear in between, flat outside. */
  isotonic: readonly (readonly [number, number])[];
}

/**
 * How the engine read the page: `lines` (a photo's line crops, `--psm 7`) or `page` (the whole
 * page, `--psm 4`). Tesseract's scores mean different things on the two, so each has its table.
 */
export type ReadPath = 'lines' | 'page';

export type Calibrations = Record<ReadPath, Calibration>;

export interface WordEvidence {
  text: string;
  /** tesseract's 0..100. */
  conf: number;
  /** The line detector's score for the word's line (Run.detectorScore); absent on whole-page reads. */
  detectorScore?: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The logistic model's output for a word (before the isotonic map). */
export function modelScore(
  cal: Pick<Calibration, 'lengthWeight' | 'scripts' | 'detector'>,
  w: WordEvidence,
): number {
  const s = cal.scripts[wordScript(w.text)];
  const c = Math.min(100, Math.max(0, w.conf)) / 100;
  const d = cal.detector ? cal.detector.weight * detectorTerm(w.detectorScore, cal.detector) : 0;
  return sigmoid(s.intercept + s.slope * c + cal.lengthWeight * lengthTerm(w.text) + d);
}

/** Piecewise-linear interpolation through non-decreasing knots, flat beyond the ends. */
export function interpolate(knots: Calibration['isotonic'], x: number): number {
  if (knots.length === 0) return x;
  if (x <= knots[0][0]) return knots[0][1];
  const last = knots[knots.length - 1];
  if (x >= last[0]) return last[1];
  let i = 1;
  while (knots[i][0] < x) i++;
  const [x0, y0] = knots[i - 1];
  const [x1, y1] = knots[i];
  return x1 === x0 ? y1 : y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
}

/** The calibrated probability that the word is right, in [0, 1]. */
export function calibratedProbability(cal: Calibration, w: WordEvidence): number {
  const p = interpolate(cal.isotonic, modelScore(cal, w));
  return Math.min(1, Math.max(0, p));
}

export { WORD_SCRIPTS };
