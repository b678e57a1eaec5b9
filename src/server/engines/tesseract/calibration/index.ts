import type { RunLine } from '../cjkRuns.ts';
import { calibratedProbability, type Calibrations, type ReadPath } from './model.ts';
import { CALIBRATIONS } from './table.ts';

export { CALIBRATIONS } from './table.ts';
export { calibratedProbability, type Calibration, type Calibrations, type ReadPath } from './model.ts';

/**
 * Replaces each run's tesseract confidence by the calibrated probability that it is right (still
 * on tesseract's 0..100 scale, which fields.ts turns into inferConfidence), so triage colours and
 * the doubtful-word filter read a probability. Table cells take their words from these runs too.
 * Runs read from line crops bring the line detector's score (Run.detectorScore) as evidence.
 */
export function calibrateRunLines(
  lines: readonly RunLine[],
  path: ReadPath,
  cals: Calibrations = CALIBRATIONS,
): RunLine[] {
  const cal = cals[path];
  return lines.map((l) => ({
    ...l,
    runs: l.runs.map((r) => ({
      ...r,
      conf: 100 * calibratedProbability(cal, { text: r.text, conf: r.conf, detectorScore: r.detectorScore }),
    })),
  }));
}
