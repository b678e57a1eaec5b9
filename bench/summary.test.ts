import { describe, expect, it } from 'vitest';
import { measured, unmeasured } from './metric.ts';
import { summaryTable } from './summary.ts';

describe('summaryTable', () => {
  const table = summaryTable(
    [
      measured('relay.overhead_p50_ms', 1.234),
      measured('engine.pdf10_speedup', 1.2),
      unmeasured('pdf.first_page_ms', 'no browser'),
      { metric: 'photo-cer.mean', value: 0.1, unit: 'CER' },
    ],
    ['load average 1.0'],
  );
  const lines = table.split('\n');

  it('starts with the context, then a header', () => {
    expect(lines[0]).toBe('load average 1.0');
    expect(lines[1]).toMatch(/^metric\s+value\s+unit\s+target\s+result$/);
  });

  it('marks met, missed, unmeasured and untargeted metrics', () => {
    expect(table).toMatch(/relay\.overhead_p50_ms\s+1\.234\s+ms\s+5\s+ok/);
    expect(table).toMatch(/engine\.pdf10_speedup\s+1\.2\s+x\s+1\.7\s+MISSED/);
    expect(table).toMatch(/pdf\.first_page_ms\s+—\s+ms\s+500\s+NOT MEASURED/);
    expect(table).toMatch(/photo-cer\.mean\s+0\.1\s+CER\s+info/);
  });

  it('counts only targeted metrics that were measured and met', () => {
    expect(lines.at(-1)).toBe('1 of 3 targets met.');
  });
});
