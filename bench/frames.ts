import { median } from './stats.ts';

/**
 * Frame intervals in display terms. rAF timestamps in Chromium carry 0.1 ms of timer jitter, so an
 * on-time 16.67 ms frame reads 16.6–16.8; an interval within `toleranceMs` of a whole number of
 * frame periods counts as exactly that many periods, so jitter is not a dropped frame and a
 * dropped frame is exactly two periods.
 */
export function snappedIntervals(starts: readonly number[], periodMs: number, toleranceMs = 1): number[] {
  const out: number[] = [];
  for (let i = 1; i < starts.length; i++) {
    const d = starts[i] - starts[i - 1];
    const k = Math.max(1, Math.round(d / periodMs));
    out.push(Math.abs(d - k * periodMs) <= toleranceMs ? k * periodMs : d);
  }
  return out;
}

/** The display's frame period, from an idle page's frame timestamps. */
export function framePeriod(idleStarts: readonly number[]): number {
  return median(idleStarts.slice(1).map((t, i) => t - idleStarts[i]));
}
