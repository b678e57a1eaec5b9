import { round } from './stats.ts';
import { TARGETS, type MetricName } from './targets.ts';

/** One line of the bench's output. `value` is null when the figure could not be measured. */
export interface Metric {
  metric: string;
  value: number | null;
  unit: string;
  target?: number;
  pass?: boolean;
  detail?: unknown;
}

/** A measured figure of one of the metrics, checked against its target. */
export function measured(name: MetricName, value: number, detail?: unknown): Metric {
  const t = TARGETS[name];
  const ok = Number.isFinite(value) && (t.better === 'lower' ? value <= t.target : value >= t.target);
  return {
    metric: name,
    value,
    unit: t.unit,
    target: t.target,
    pass: ok,
    ...(detail === undefined ? {} : { detail }),
  };
}

/** A figure that could not be measured: printed with value null and pass false, and why. */
export function unmeasured(name: string, reason: string): Metric {
  const t = (TARGETS as Record<string, { target: number; unit: string } | undefined>)[name];
  return {
    metric: name,
    value: null,
    unit: t?.unit ?? '',
    target: t?.target,
    pass: false,
    detail: { error: reason },
  };
}

/**
 * The JSON line for a metric: `metric, value, unit, target, pass` in that order (then `detail`).
 * A metric without a target (informational) prints `target: null` and `pass: true` only when it
 * carries a value; NaN values print as null.
 */
export function jsonLine(m: Metric): string {
  const value = m.value === null || !Number.isFinite(m.value) ? null : round(m.value, 3);
  const pass = value === null ? false : (m.pass ?? true);
  const line: Record<string, unknown> = {
    metric: m.metric,
    value,
    unit: m.unit,
    target: m.target ?? null,
    pass,
  };
  if (m.detail !== undefined) line.detail = m.detail;
  return JSON.stringify(line);
}
