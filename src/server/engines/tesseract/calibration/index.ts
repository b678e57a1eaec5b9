import type { RunLine } from '../cjkRuns.ts';
import { calibratedProbability, type Calibration } from './model.ts';
import { CALIBRATION } from './table.ts';

export { CALIBRATION } from './table.ts';
export { calibratedProbability, type Calibration } from './model.ts';

/**
 * Replaces each run's tesseract confidence by the calibrated probability that it is right (still
 * on tesseract's 0..100 scale, which fields.ts turns into inferConfidence), so triage colours and
 * the doubtful-word filter read a probability. Table cells take their words from these runs too.
 */
export function calibrateRunLines(lines: readonly RunLine[], cal: Calibration = CALIBRATION): RunLine[] {
  return lines.map((l) => ({
    ...l,
    runs: l.runs.map((r) => ({ ...r, conf: 100 * calibratedProbability(cal, { text: r.text, conf: r.conf }) })),
  }));
}
