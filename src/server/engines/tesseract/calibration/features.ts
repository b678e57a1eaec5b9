/**
 * What the calibration knows about a word besides tesseract's confidence: its script, its length
 * and, on the line path, the line detector's score for the box it was read from.
 * Tesseract's confidences differ by script (kor gives digit groups such as `4,500` low scores even
 * when they are right), and one-character words are more often wrong than their score says.
 */
export type WordScript = 'digits' | 'latin' | 'hangul' | 'cjk' | 'mixed';

export const WORD_SCRIPTS: readonly WordScript[] = ['digits', 'latin', 'hangul', 'cjk', 'mixed'];

const HANGUL = /\p{scx=Hangul}/u;
const CJK = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

/**
 * - `digits`: digits with punctuation or symbols only (`4,500`, `02-123-4567`, `¥1,280`);
 * - `hangul` / `cjk` / `latin`: letters of that script (with any punctuation), no digits;
 * - `mixed`: letters and digits together (`4,500원`, `2024年`, `1.5L`), or no letters and no digits.
 */
export function wordScript(text: string): WordScript {
  const chars = Array.from(text);
  const digits = chars.some((c) => DIGIT.test(c));
  const letters = chars.filter((c) => LETTER.test(c));
  if (letters.length === 0) return digits ? 'digits' : 'mixed';
  if (digits) return 'mixed';
  if (letters.every((c) => HANGUL.test(c))) return 'hangul';
  if (letters.every((c) => CJK.test(c) || HANGUL.test(c))) return 'cjk';
  if (letters.every((c) => !CJK.test(c) && !HANGUL.test(c))) return 'latin';
  return 'mixed';
}

/** The length term of the model: log of the character count, capped (long words add nothing more). */
export function lengthTerm(text: string): number {
  return Math.min(Math.log(Math.max(1, Array.from(text).length)), Math.log(12));
}

/** How the detector's score enters the model: standardised by the fitting words' mean and spread. */
export interface DetectorScale {
  mean: number;
  sd: number;
}

/** The detector term's bound, in standard deviations: see detectorTerm. */
export const DETECTOR_CAP = 3;

/**
 * The detector term of the model: the line detector's score (mean text probability of the box,
 * 0..1) in standard deviations from the fitting words' mean, within ±DETECTOR_CAP. Scores bunch
 * near 1 (tuning half: mean 0.992, sd 0.003) with a thin tail down to 0.95, so without the cap
 * one odd box would sit 15 sd out and a linear term would zero its words. 0 when the word has no
 * score (whole-page reads) or the calibration has no detector term: such a word counts as average.
 */
export function detectorTerm(score: number | undefined, scale: DetectorScale | undefined): number {
  if (score === undefined || !scale || !(scale.sd > 0)) return 0;
  const z = (Math.min(1, Math.max(0, score)) - scale.mean) / scale.sd;
  return Math.min(DETECTOR_CAP, Math.max(-DETECTOR_CAP, z));
}
