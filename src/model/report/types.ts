import type { CalibrationBin, SweepPoint } from './calibration.ts';
import type { Confusion } from './confusions.ts';
import type { ConfidenceSummary } from './noTruth.ts';
import type { Script } from './script.ts';

/**
 * The quality report (issue 16 §9) as GET /api/projects/:id/report answers it: one entry per
 * option set in the order asked. Rates are fractions (0.023 = 2.3%); null where there is nothing
 * to measure (no ground truth, no done run).
 */

export type Interval = [number, number];

export interface ReportDocument {
  id: string;
  name: string;
  cer: number | null;
  wer: number | null;
  charErrors: number;
  chars: number;
  wordErrors: number;
  words: number;
  /** The page with the highest CER: where the viewer link opens. */
  worstPage: number | null;
  /** Per page of the ground truth (page = PageModel.index): what the viewer can show per page. */
  pages: { page: number; cer: number; wer: number; charErrors: number; chars: number }[];
  /** Dominant script of the ground truth. */
  lang: Script | null;
  hasRun: boolean;
  hasGroundTruth: boolean;
  /** Confidence without ground truth: mean and share of doubtful words. */
  meanConfidence: number | null;
  doubtfulShare: number | null;
}

export interface LanguageSplit {
  lang: Script;
  documents: number;
  cer: number | null;
  wer: number | null;
  cerCi95: Interval | null;
}

export interface Calibration {
  bins: CalibrationBin[];
  ece: number | null;
  auroc: number | null;
  /** Words judged, and how many of them are wrong. */
  words: number;
  wrongWords: number;
}

export interface ThresholdProposal extends SweepPoint {
  /** The share of wrong words the threshold was chosen to catch. */
  target: number;
}

export interface SetReport {
  key: string;
  options: unknown;
  /** Documents with ground truth and a done run of this set: what CER and WER are over. */
  documentsScored: number;
  /** Documents with a done run of this set. */
  documentsWithRun: number;
  cer: number | null;
  wer: number | null;
  cerCi95: Interval | null;
  werCi95: Interval | null;
  charErrors: number;
  chars: number;
  wordErrors: number;
  words: number;
  /** Worst first (highest CER); documents without a score last, in project order. */
  documents: ReportDocument[];
  calibration: Calibration;
  sweep: SweepPoint[];
  proposedThreshold: ThresholdProposal | null;
  confusions: Confusion[];
  /** Per script of the ground truth, when the scored documents are in more than one. */
  languages: LanguageSplit[];
  noGroundTruth: ConfidenceSummary;
}

/** Set b against set a on the documents both read and have ground truth for. */
export interface SetDiff {
  a: string;
  b: string;
  documents: number;
  /** CER(b) − CER(a): negative means b makes fewer errors. */
  cerDiff: number | null;
  cerDiffCi95: Interval | null;
  werDiff: number | null;
  werDiffCi95: Interval | null;
  /** The set with the lower CER when the interval excludes 0, else null (no clear winner). */
  better: string | null;
}

export interface SetAgreement {
  a: string;
  b: string;
  aligned: number;
  identical: number;
  unpaired: number;
  share: number | null;
}

export interface Report {
  documents: number;
  groundTruthDocuments: number;
  /** The bootstrap's settings, so a reader can reproduce the intervals. */
  bootstrap: { iterations: number; seed: number };
  sets: SetReport[];
  diffs: SetDiff[];
  agreement: SetAgreement[];
}
