import { describe, expect, it } from 'vitest';
import { buildReport } from '../../model/report/report.ts';
import type { RunPage } from '../../model/report/pages.ts';
import type { Report as ModelReport } from '../../model/index.ts';
import { ReportSchema } from './schema.ts';
import type { z } from '../../clova/zod.ts';

// Compile-time: every report the relay builds is input this schema reads (a renamed field fails tsc).
const _fits = (r: ModelReport): z.input<typeof ReportSchema> => r;
void _fits;

const page = (n: number, ...words: [string, number][]): RunPage => ({
  page: n,
  words: words.map(([text, confidence], field) => ({
    text,
    confidence,
    bounds: { minX: field * 50, minY: 0, maxX: field * 50 + 40, maxY: 10 },
    field,
  })),
});
const A = 'tesseract|V2|ko|false';
const B = 'tesseract|V2|ja|false';

describe("the report view's schema", () => {
  it('reads the report the relay builds (as JSON), figures unchanged', () => {
    const report = buildReport(
      [
        {
          id: 'd1',
          name: 'one.png',
          truth: [{ page: 0, text: '합계 12,000 원', words: null }],
          runs: new Map([
            [A, [page(0, ['합계', 0.99], ['12,O00', 0.4], ['원', 0.9])]],
            [B, [page(0, ['합계', 0.9], ['l2,000', 0.8], ['원', 0.3])]],
          ]),
        },
        { id: 'd2', name: 'two.png', truth: null, runs: new Map([[A, [page(0, ['x', 0.2])]]]) },
      ],
      [
        { key: A, options: null },
        { key: B, options: null },
      ],
    );
    const parsed = ReportSchema.parse(JSON.parse(JSON.stringify(report)));
    expect(parsed.sets.map((s) => s.key)).toEqual([A, B]);
    expect(parsed.sets[0].cer).toBe(report.sets[0].cer);
    expect(parsed.sets[0].documents.map((d) => d.id)).toEqual(report.sets[0].documents.map((d) => d.id));
    expect(parsed.diffs).toHaveLength(report.diffs.length);
    expect(parsed.sets[0].noGroundTruth.histogram).toHaveLength(10);
  });

  it('refuses an answer that is not a report', () => {
    expect(ReportSchema.safeParse({ sets: [{ key: A }] }).success).toBe(false);
  });
});
