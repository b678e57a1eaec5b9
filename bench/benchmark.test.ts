import { describe, expect, it } from 'vitest';
import { runBounded } from './benchmark.ts';
import { measured } from './metric.ts';

describe('runBounded', () => {
  it('returns what the benchmark measured', async () => {
    const out = await runBounded({
      name: 'ok',
      metrics: ['relay.peak_rss_mb'],
      timeoutMs: 5_000,
      run: async () => [measured('relay.peak_rss_mb', 12)],
    });
    expect(out).toEqual([measured('relay.peak_rss_mb', 12)]);
  });

  it('turns an error into an unmeasured line per metric', async () => {
    const out = await runBounded({
      name: 'broken',
      metrics: ['pdf.first_page_ms', 'tiff.longest_task_ms'],
      timeoutMs: 5_000,
      run: async () => {
        throw new Error('no chromium');
      },
    });
    expect(out.map((m) => [m.metric, m.value, m.pass])).toEqual([
      ['pdf.first_page_ms', null, false],
      ['tiff.longest_task_ms', null, false],
    ]);
    expect(out[0].detail).toEqual({ error: 'no chromium' });
  });

  it('aborts a benchmark that overruns and reports every metric as timed out', async () => {
    let aborted = false;
    const out = await runBounded({
      name: 'slow',
      metrics: ['engine.page_ratio'],
      timeoutMs: 20,
      run: (signal) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => {
            aborted = true;
            reject(signal.reason);
          });
        }),
    });
    expect(aborted).toBe(true);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ metric: 'engine.page_ratio', value: null, pass: false });
  });

  it('adds a line for a metric the benchmark forgot to report', async () => {
    const out = await runBounded({
      name: 'partial',
      metrics: ['relay.overhead_p50_ms', 'relay.peak_rss_mb'],
      timeoutMs: 5_000,
      run: async () => [measured('relay.overhead_p50_ms', 1)],
    });
    expect(out.map((m) => m.metric)).toEqual(['relay.overhead_p50_ms', 'relay.peak_rss_mb']);
    expect(out[1].value).toBeNull();
  });
});
