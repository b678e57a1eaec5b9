import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OcrResponseSchema, type OcrResponse } from '../../../clova/index.ts';
import { createTesseractEngine } from './index.ts';
import { preparePageForOcr, type PreparedPage } from './preprocess/index.ts';
import { engineInputFor } from '../../../../test/support/engineInput.ts';
import { renderPage, type TextSpec } from '../../../../test/support/tables/renderPage.ts';
import type { OcrWord } from './tables/types.ts';

/**
 * Issue 17 §2: a 72-dpi page turned 3° (a skewed scan sent at PyMuPDF's default resolution) is
 * read upright on an enlarged copy, and every box comes back on the turned page where the word
 * stands, as a quad that slopes with it. convertedImageInfo stays the page's own size.
 */
const dir = mkdtempSync(join(tmpdir(), 'tesseract-skewed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const engine = createTesseractEngine({ tmpDir: dir });

const FONT_PX = 10;
const DEGREES = 3;
// Two columns far apart, as in a table: on a turned page each row slopes across the gap.
const ROWS = [
  ['회의실', '12,000'],
  ['Invoice', '사업자번호'],
  ['Seoul', '부가세'],
];
const texts: TextSpec[] = ROWS.flatMap(([a, b], i) => [
  { x: 20, y: 30 + 24 * i, text: a },
  { x: 260, y: 30 + 24 * i, text: b },
]);
let res: OcrResponse;
let prepared: PreparedPage;
let drawn: OcrWord[];
let size: { width: number; height: number };

beforeAll(async () => {
  const page = await renderPage(
    { width: 360, height: 120, fontSize: FONT_PX, font: 'Noto Sans CJK KR', tables: [], texts },
    DEGREES,
  );
  drawn = page.words;
  size = { width: page.gray.width, height: page.gray.height };
  res = OcrResponseSchema.parse((await engine.run(engineInputFor(page.png, dir, { format: 'png' }))).body);
  writeFileSync(join(dir, 'page.png'), page.png);
  prepared = await preparePageForOcr(join(dir, 'page.png'), dir);
}, 120_000);

describe('a slightly turned 72-dpi page (issue 17 §2)', () => {
  it('is read turned upright on an enlarged copy', () => {
    expect(prepared.decision).toBe('upscaled');
    expect(prepared.scale).toBeGreaterThan(1.5);
    expect(prepared.frame?.degrees).toBeGreaterThan(DEGREES - 0.3);
    expect(prepared.frame?.degrees).toBeLessThan(DEGREES + 0.3);
  });

  it('answers in the page’s own pixels', () => {
    expect(res.images[0].convertedImageInfo).toMatchObject(size);
  });

  it('reads every word, row by row', () => {
    const fields = res.images[0].fields ?? [];
    expect(fields.map((f) => f.inferText)).toEqual(ROWS.flat());
  });

  it('puts each word’s quad where it stands on the turned page, sloping with it', () => {
    const fields = res.images[0].fields ?? [];
    fields.forEach((f, i) => {
      const [tl, tr, , bl] = f.boundingPoly.vertices;
      const want = drawn[i].poly;
      // The top-left corner is near the drawn word's (drawn boxes start 0.2 em above the glyphs).
      expect(Math.abs(tl.x - want[0].x), f.inferText).toBeLessThanOrEqual(4);
      expect(Math.abs(tl.y - want[0].y), f.inferText).toBeLessThanOrEqual(4);
      // The top edge slopes down to the right by the page's turn; the left edge leans left.
      const slope = (tr.y - tl.y) / (tr.x - tl.x);
      expect(slope, f.inferText).toBeGreaterThan(Math.tan((DEGREES - 1.5) * (Math.PI / 180)));
      expect(slope, f.inferText).toBeLessThan(Math.tan((DEGREES + 1.5) * (Math.PI / 180)));
      expect(bl.x, f.inferText).toBeLessThanOrEqual(tl.x);
    });
  });
});
