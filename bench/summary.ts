import type { Metric } from './metric.ts';

const fmt = (v: number | null | undefined) =>
  v === null || v === undefined || !Number.isFinite(v)
    ? '—'
    : Math.abs(v) >= 100
      ? v.toFixed(0)
      : Math.abs(v) >= 10
        ? v.toFixed(1)
        : v.toFixed(3).replace(/\.?0+$/, '');

/** The human summary: a table of every metric against its target, and a pass count. */
export function summaryTable(metrics: readonly Metric[], context: string[] = []): string {
  const rows = metrics.map((m) => {
    const measuredOk = m.value !== null && Number.isFinite(m.value);
    const status = !measuredOk ? 'NOT MEASURED' : m.target === undefined ? 'info' : m.pass ? 'ok' : 'MISSED';
    return [m.metric, fmt(m.value), m.unit, m.target === undefined ? '' : fmt(m.target), status];
  });
  const head = ['metric', 'value', 'unit', 'target', 'result'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 || i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const targeted = metrics.filter((m) => m.target !== undefined);
  const met = targeted.filter((m) => m.pass && m.value !== null && Number.isFinite(m.value)).length;
  return [
    ...context,
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `${met} of ${targeted.length} targets met.`,
  ].join('\n');
}
