import type { Thresholds } from '../../model/index.ts';
import { moveThreshold } from '../shell/status/legendScale.ts';
import type { DocumentFigure, SetReport } from './schema.ts';

/** Pure helpers of the report view: how figures are worded and ordered. */

/** A rate as people read it: 0.0342 → "3.4%"; no figure → "–". */
export function pct(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '–' : `${(x * 100).toFixed(digits)}%`;
}

/** "2.1% to 4.0%" for a 95% interval. */
export function interval(ci: readonly [number, number] | null | undefined, digits = 1): string {
  return ci ? `${pct(ci[0], digits)} to ${pct(ci[1], digits)}` : '–';
}

const points = (x: number) => (Math.abs(x) * 100).toFixed(1);

/**
 * Set b against set a in words, from b's CER minus a's and its 95% interval:
 * "ko,ja is 1.8 points better than ko, 0.9 to 2.7". An interval that holds zero says so.
 */
export function differenceSentence(
  a: string,
  b: string,
  delta: number,
  ci: readonly [number, number] | null,
  documents?: number,
): string {
  const text = differenceWords(a, b, delta, ci);
  if (documents === undefined) return text;
  const over = `over the ${documents} document${documents === 1 ? '' : 's'} both read`;
  // Inside the sentence's last parenthesis: "(95% interval, over the 3 documents both read)."
  return text.endsWith(').') ? `${text.slice(0, -2)}, ${over}).` : `${text.slice(0, -1)} (${over}).`;
}

function differenceWords(a: string, b: string, delta: number, ci: readonly [number, number] | null): string {
  if (delta === 0 && !ci) return `${b} and ${a} have the same character error rate.`;
  const better = delta < 0;
  const [first, second] = better ? [b, a] : [a, b];
  const head = `${first} is ${points(delta)} points better than ${second}`;
  if (!ci) return `${head} (no 95% interval).`;
  // In the sentence's own direction: how much better, low and high.
  const lo = better ? -ci[1] : ci[0];
  const hi = better ? -ci[0] : ci[1];
  if (lo <= 0 && hi >= 0)
    return `${head}, but the 95% interval (${signed(lo)} to ${signed(hi)} points) includes no difference: not shown to be better.`;
  return `${head}, ${points(lo)} to ${points(hi)} (95% interval).`;
}

const signed = (x: number) => `${x < 0 ? '−' : ''}${points(x)}`;

/** Sets best first (lowest CER); sets without a CER keep their order after the others. */
export function rankSets(sets: readonly SetReport[]): SetReport[] {
  return sets
    .map((s, i) => ({ s, i }))
    .sort((x, y) => {
      const a = x.s.cer ?? Infinity;
      const b = y.s.cer ?? Infinity;
      return a === b ? x.i - y.i : a - b;
    })
    .map(({ s }) => s);
}

/** Documents worst first (highest CER), those without ground truth left out. */
export function worstDocuments(docs: readonly DocumentFigure[], n: number): DocumentFigure[] {
  return docs
    .filter((d) => d.cer !== null)
    .slice()
    .sort((a, b) => b.cer! - a.cer! || a.id.localeCompare(b.id))
    .slice(0, n);
}

/** The triage thresholds with `low` moved to the proposed one (high pushed up when it is in the way). */
export function thresholdsWithLow(t: Thresholds, low: number): Thresholds {
  const room = moveThreshold(t, 'high', Math.max(t.high, Math.min(1, low + 0.01)));
  return moveThreshold(room, 'low', low);
}

const LANGS: Record<string, string> = {
  ko: 'Korean',
  ja: 'Japanese',
  zh: 'Chinese',
  en: 'English',
  other: 'Other',
};

/** A language (the ground truth's dominant script) as people name it. */
export const languageName = (lang: string): string => LANGS[lang] ?? lang;

/** A document's confidence figures under each option set (null where that set has no run of it). */
export interface DoubtRow {
  id: string;
  name: string;
  bySet: ({ meanConfidence: number | null; doubtfulShare: number | null } | null)[];
}

/**
 * Documents most in doubt first (issue 16 §6, no ground truth needed): by the share of doubtful
 * words under the first set that read them, then by name; the figures of every set beside.
 */
export function mostDoubtful(sets: readonly SetReport[], n: number): DoubtRow[] {
  const rows = new Map<string, DoubtRow>();
  sets.forEach((s, k) => {
    for (const d of s.documents) {
      if (d.meanConfidence === null) continue;
      let row = rows.get(d.id);
      if (!row) rows.set(d.id, (row = { id: d.id, name: d.name, bySet: sets.map(() => null) }));
      row.bySet[k] = { meanConfidence: d.meanConfidence, doubtfulShare: d.doubtfulShare };
    }
  });
  const share = (r: DoubtRow) => r.bySet.find((x) => x !== null)?.doubtfulShare ?? -1;
  return [...rows.values()].sort((a, b) => share(b) - share(a) || a.name.localeCompare(b.name)).slice(0, n);
}
