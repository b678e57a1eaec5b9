import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { OcrResponseSchema, type OcrResponse } from '../src/clova/index.ts';
import { charErrors, errorRate, type ErrorCount } from '../src/model/review/metrics.ts';
import type { Engine } from '../src/server/engines/engine.ts';
import { createTesseractEngine } from '../src/server/engines/tesseract/index.ts';
import { engineInputFor } from '../test/support/engineInput.ts';
import { responseText } from '../test/support/responseText.ts';
import { renderPage } from '../test/support/tables/renderPage.ts';
import {
  atDpi,
  cellErrors,
  RULED_TABLE_PAGES,
  ruleGlyphWords,
  type RuledTablePage,
} from '../test/support/tables/ruledTablePages.ts';
import { measured, type Metric } from './metric.ts';

/**
 * engine.table_cell_cer and engine.lowres_cer (issue 17): the embedded engine, as the relay runs
 * it, on the generated ruled-table pages of test/support/tables/ruledTablePages.ts (plain, merged
 * cells, turned 3°, two tables) and on a page of plain text, with table detection on.
 */

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const TABLE_DPI = 200;
const LOW_DPI = 72;

/** A page of free text (no rules) for the low-resolution comparison, in points. */
const TEXT_PAGE: RuledTablePage = {
  name: 'text',
  rotate: 0,
  spec: {
    width: 500,
    height: 200,
    fontSize: 10,
    font: 'Noto Sans CJK KR',
    tables: [],
    texts: [
      { x: 40, y: 40, text: '2024년 KBO 리그 규정 변경 요약사항', fontSize: 14 },
      { x: 40, y: 70, text: '사업자번호: 286-81-01771 대표자: 김현주' },
      { x: 40, y: 90, text: '주소: 경기 고양시 일산서구 중앙로 1391' },
      { x: 40, y: 110, text: '판매일: 20-09-26 18:14, 토요일 계산대: 002' },
      { x: 40, y: 130, text: '합계: 10,540 신용카드지불: 10,540' },
      { x: 40, y: 150, text: 'Delivery on 12 March, invoice No. 4471' },
    ],
  },
};

async function read(engine: Engine, p: RuledTablePage, dpi: number, dir: string): Promise<OcrResponse> {
  const png = (await renderPage(atDpi(p.spec, dpi), p.rotate)).png;
  const out = await engine.run(engineInputFor(png, dir, { format: 'png', enableTableDetection: true }));
  if (out.status !== 200) throw new Error(`engine answered ${out.status} on ${p.name}`);
  return OcrResponseSchema.parse(out.body);
}

/** A page's errors: cell by cell on table pages, the whole text (CER) on the text page. */
function pageErrors(p: RuledTablePage, res: OcrResponse): ErrorCount {
  if (p.spec.tables.length > 0) return cellErrors(p.spec, res);
  const expected = (p.spec.texts ?? []).map((t) => t.text).join('\n');
  return charErrors(expected, responseText(res));
}

const sum = (xs: ErrorCount[]): ErrorCount => ({
  errors: xs.reduce((s, x) => s + x.errors, 0),
  length: xs.reduce((s, x) => s + x.length, 0),
});

export async function measureEngineTables(signal: AbortSignal): Promise<Metric[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-tables-'));
  try {
    const engine = createTesseractEngine({ tmpDir: dir, concurrency: 1 });
    const high: Record<string, ErrorCount> = {};
    const low: Record<string, ErrorCount> = {};
    const glyphs: Record<string, string[]> = {};
    for (const p of [...RULED_TABLE_PAGES, TEXT_PAGE]) {
      signal.throwIfAborted();
      const res = await read(engine, p, TABLE_DPI, dir);
      high[p.name] = pageErrors(p, res);
      glyphs[p.name] = ruleGlyphWords(p.spec, res);
      signal.throwIfAborted();
      low[p.name] = pageErrors(p, await read(engine, p, LOW_DPI, dir));
    }
    const tableNames = RULED_TABLE_PAGES.map((p) => p.name);
    const cellCer = errorRate(sum(tableNames.map((n) => high[n])));
    const ruleGlyphs = tableNames.flatMap((n) => glyphs[n]);
    const perPage = (m: Record<string, ErrorCount>) =>
      Object.fromEntries(Object.entries(m).map(([k, v]) => [k, r3(errorRate(v))]));
    const lowCer = errorRate(sum(Object.values(low)));
    const highCer = errorRate(sum(Object.values(high)));
    const tableMetric = measured('engine.table_cell_cer', cellCer, {
      ruleGlyphWords: ruleGlyphs,
      perPage: perPage(Object.fromEntries(tableNames.map((n) => [n, high[n]]))),
      dpi: TABLE_DPI,
      definition:
        'cell text (words joined) against the known text, CER over all cells; by row and column index',
    });
    return [
      // Rule glyphs in any field or cell word fail the metric whatever the CER.
      { ...tableMetric, pass: tableMetric.pass === true && ruleGlyphs.length === 0 },
      measured('engine.lowres_cer', lowCer - highCer, {
        cer72: r3(lowCer),
        cer200: r3(highCer),
        perPage72: perPage(low),
        perPage200: perPage(high),
        definition: `CER at ${LOW_DPI} dpi minus CER of the same pages at ${TABLE_DPI} dpi (table pages cell by cell, text page whole)`,
      }),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
