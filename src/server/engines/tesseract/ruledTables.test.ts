import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OcrResponseSchema, type OcrResponse } from '../../../clova/index.ts';
import { errorRate } from '../../../model/review/metrics.ts';
import { createTesseractEngine } from './index.ts';
import { engineInputFor } from '../../../../test/support/engineInput.ts';
import {
  cellErrors,
  RULED_TABLE_PAGES,
  renderRuledTablePage,
  ruleGlyphWords,
} from '../../../../test/support/tables/ruledTablePages.ts';

/**
 * Issue 17 §1 on generated ruled tables (Korean and English words, digit groups): the engine
 * paints the rules out of the page it reads, so no `|`, `ㅣ`, `l`, `I` or `1` made of a rule
 * reaches a field or a cell word, and `12,000` keeps its comma. Before, tesseract dropped most of
 * a ruled table's text (cell CER 1.0 on `plain` at 72 dpi, 0.91 on `rotated3` at 200 dpi).
 * Measured cell CER with the rules painted out (bench/engineTables.ts): 0.015 at 200 dpi.
 */
const dir = mkdtempSync(join(tmpdir(), 'tesseract-ruled-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const engine = createTesseractEngine({ tmpDir: dir });

const cases = RULED_TABLE_PAGES.flatMap((page) => [200, 72].map((dpi) => ({ page, dpi })));
const results = new Map<string, OcrResponse>();
const key = (name: string, dpi: number) => `${name}@${dpi}`;

beforeAll(async () => {
  await Promise.all(
    cases.map(async ({ page, dpi }) => {
      const png = await renderRuledTablePage(page, dpi);
      const out = await engine.run(engineInputFor(png, dir, { format: 'png', enableTableDetection: true }));
      results.set(key(page.name, dpi), OcrResponseSchema.parse(out.body));
    }),
  );
}, 300_000);

const cellText = (res: OcrResponse, table: number, row: number, col: number) =>
  res.images[0].tables?.[table]?.cells
    .find((c) => c.rowIndex === row && c.columnIndex === col)
    ?.cellTextLines.map((l) => l.cellWords.map((w) => w.inferText).join(' '))
    .join(' ');

describe('ruled tables (issue 17 §1)', () => {
  it.each(cases.map(({ page, dpi }) => [page.name, dpi, page] as const))(
    '%s at %i dpi: no rule glyph in any field or cell word',
    (name, dpi, page) => {
      expect(ruleGlyphWords(page.spec, results.get(key(name, dpi))!)).toEqual([]);
    },
  );

  it.each(RULED_TABLE_PAGES.map((p) => [p.name, p] as const))(
    '%s at 200 dpi: cells read their known text (cell CER <= 0.05)',
    (name, page) => {
      const res = results.get(key(name, 200))!;
      expect(res.images[0].tables?.length).toBe(page.spec.tables.length);
      expect(errorRate(cellErrors(page.spec, res))).toBeLessThanOrEqual(0.05);
    },
  );

  it('keeps the separators of digit groups in cells and fields', () => {
    const res = results.get(key('plain', 200))!;
    expect(cellText(res, 0, 2, 3)).toBe('12,000');
    expect(cellText(res, 0, 1, 2)).toBe('4,500');
    expect(res.images[0].fields?.map((f) => f.inferText)).toEqual(
      expect.arrayContaining(['12,000', '13,500', '30,800']),
    );
  });

  it('reads the 72-dpi renders of the upright tables too (cell CER <= 0.06)', () => {
    for (const page of RULED_TABLE_PAGES.filter((p) => p.rotate === 0)) {
      const res = results.get(key(page.name, 72))!;
      expect(errorRate(cellErrors(page.spec, res)), page.name).toBeLessThanOrEqual(0.06);
    }
  });
});
