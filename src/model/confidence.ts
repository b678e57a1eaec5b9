/** Confidence thresholds the user can tune: below `low` is suspect, at/above `high` is trusted. */
export interface Thresholds {
  low: number;
  high: number;
}

export type ConfidenceBand = 'low' | 'mid' | 'high';

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({ low: 0.8, high: 0.95 });

type Rgb = readonly [number, number, number];
const RED: Rgb = [220, 38, 38];
const AMBER: Rgb = [245, 158, 11];
const GREEN: Rgb = [22, 163, 74];

const mix = (a: Rgb, b: Rgb, t: number): string =>
  `rgb(${Math.round(a[0] + (b[0] - a[0]) * t)}, ${Math.round(a[1] + (b[1] - a[1]) * t)}, ${Math.round(a[2] + (b[2] - a[2]) * t)})`;

/** NaN counts as no confidence at all, so it shows as the worst. */
const safe = (c: number): number => (Number.isNaN(c) ? 0 : c);

/**
 * Continuous colour: red at/below `low`, amber half-way, green at/above `high`, interpolated in
 * between so near-threshold values look near-threshold.
 */
export function confidenceColor(c: number, t: Thresholds = DEFAULT_THRESHOLDS): string {
  const v = safe(c);
  if (v <= t.low) return mix(RED, RED, 0);
  if (v >= t.high) return mix(GREEN, GREEN, 0);
  const f = (v - t.low) / (t.high - t.low);
  return f < 0.5 ? mix(RED, AMBER, f * 2) : mix(AMBER, GREEN, (f - 0.5) * 2);
}

export function confidenceBand(c: number, t: Thresholds = DEFAULT_THRESHOLDS): ConfidenceBand {
  const v = safe(c);
  if (v < t.low) return 'low';
  if (v >= t.high) return 'high';
  return 'mid';
}
