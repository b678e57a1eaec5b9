import { confidenceColor } from '../../../model/confidence.ts';
import type { Thresholds } from '../../../model/index.ts';

/** The legend spans confidences [LEGEND_MIN, 1]: real confidences rarely go lower, and the interesting part is near the top. */
export const LEGEND_MIN = 0.5;

export const toFraction = (c: number) =>
  (Math.min(1, Math.max(LEGEND_MIN, c)) - LEGEND_MIN) / (1 - LEGEND_MIN);
export const fromFraction = (f: number) => LEGEND_MIN + Math.min(1, Math.max(0, f)) * (1 - LEGEND_MIN);

/** A CSS gradient sampling the overlay's own colour function, so legend and boxes cannot disagree. */
export function legendGradient(t: Thresholds, stops = 32): string {
  const parts: string[] = [];
  for (let i = 0; i <= stops; i++) {
    const f = i / stops;
    parts.push(`${confidenceColor(fromFraction(f), t)} ${(f * 100).toFixed(1)}%`);
  }
  return `linear-gradient(90deg, ${parts.join(', ')})`;
}

/** Moves one threshold, keeping low < high by at least a small gap and both in [0, 1]. */
export function moveThreshold(t: Thresholds, which: 'low' | 'high', value: number, gap = 0.01): Thresholds {
  const v = Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
  if (which === 'low') return { low: Math.min(v, t.high - gap), high: t.high };
  return { low: t.low, high: Math.max(v, t.low + gap) };
}
