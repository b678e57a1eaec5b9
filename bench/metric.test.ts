import { describe, expect, it } from 'vitest';
import { jsonLine, measured, unmeasured } from './metric.ts';

describe('measured', () => {
  it('passes a lower-is-better metric at or under its target', () => {
    expect(measured('overlay.hover_p95_ms', 2).pass).toBe(true);
    expect(measured('overlay.hover_p95_ms', 2.01).pass).toBe(false);
  });

  it('passes a higher-is-better metric at or over its target', () => {
    expect(measured('engine.pdf10_speedup', 1.7).pass).toBe(true);
    expect(measured('engine.pdf10_speedup', 1.69).pass).toBe(false);
  });

  it('fails a non-finite value and carries unit and target from the issue', () => {
    const m = measured('relay.peak_rss_mb', NaN);
    expect(m).toMatchObject({ unit: 'MB', target: 200, pass: false });
  });
});

describe('jsonLine', () => {
  it('prints the five fields in order, rounded', () => {
    const line = jsonLine(measured('bundle.initial_gzip_kb', 210.12345));
    expect(line).toBe(
      '{"metric":"bundle.initial_gzip_kb","value":210.123,"unit":"kB","target":250,"pass":true}',
    );
  });

  it('prints an unmeasured metric as null and failed, with the reason', () => {
    const parsed = JSON.parse(jsonLine(unmeasured('pdf.first_page_ms', 'timed out')));
    expect(parsed).toEqual({
      metric: 'pdf.first_page_ms',
      value: null,
      unit: 'ms',
      target: 500,
      pass: false,
      detail: { error: 'timed out' },
    });
  });

  it('never passes a NaN value, even when the metric said so', () => {
    const parsed = JSON.parse(jsonLine({ metric: 'x', value: NaN, unit: 'u', pass: true }));
    expect(parsed.value).toBeNull();
    expect(parsed.pass).toBe(false);
  });
});
