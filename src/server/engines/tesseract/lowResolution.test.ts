import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OcrResponseSchema, type OcrResponse } from '../../../clova/index.ts';
import { createTesseractEngine } from './index.ts';
import { preparePageForOcr, type PreparedPage } from './preprocess/index.ts';
import { engineInputFor } from '../../../../test/support/engineInput.ts';
import { renderPage, type TextSpec } from '../../../../test/support/tables/renderPage.ts';

/**
 * Issue 17 §2: a page rendered at 72 dpi (10-pt text is ~10 px tall) is read on an enlarged
 * copy, and every box comes back in the page's own pixels: convertedImageInfo is the page's
 * size, and each word's box starts where the word was drawn and spans its line.
 */
const dir = mkdtempSync(join(tmpdir(), 'tesseract-lowres-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const engine = createTesseractEngine({ tmpDir: dir });

const FONT_PX = 10;
const WORDS = ['회의실', 'Invoice', '12,000', '사업자번호', 'Seoul', '합계'];
// One word per line, each at its own x: where it starts on the page is known exactly.
const texts: TextSpec[] = WORDS.map((text, i) => ({ x: 20 + 37 * i, y: 30 + 22 * i, text }));
let res: OcrResponse;
let prepared: PreparedPage;

beforeAll(async () => {
  const { png } = await renderPage({
    width: 300,
    height: 170,
    fontSize: FONT_PX,
    font: 'Noto Sans CJK KR',
    tables: [],
    texts,
  });
  const out = await engine.run(engineInputFor(png, dir, { format: 'png' }));
  res = OcrResponseSchema.parse(out.body);
  writeFileSync(join(dir, 'page.png'), png);
  prepared = await preparePageForOcr(join(dir, 'page.png'), dir);
}, 120_000);

describe('72-dpi pages (issue 17 §2)', () => {
  it('reads an enlarged copy', () => {
    expect(prepared.decision).toBe('upscaled');
    expect(prepared.scale).toBeGreaterThan(2);
  });

  it('answers in the page’s own pixels', () => {
    expect(res.images[0].convertedImageInfo).toMatchObject({ width: 300, height: 170 });
  });

  it('reads every word, each box on the word as drawn', () => {
    const fields = res.images[0].fields ?? [];
    expect(fields.map((f) => f.inferText)).toEqual(WORDS);
    fields.forEach((f, i) => {
      const xs = f.boundingPoly.vertices.map((v) => v.x);
      const ys = f.boundingPoly.vertices.map((v) => v.y);
      const { x, y: baseline } = texts[i];
      // Starts at the drawn x (glyphs have a pixel or two of side bearing).
      expect(Math.min(...xs), f.inferText).toBeGreaterThanOrEqual(x - 1);
      expect(Math.min(...xs), f.inferText).toBeLessThanOrEqual(x + 3);
      // Sits on its own line: between the ascent above the baseline and the descent below it.
      expect(Math.min(...ys), f.inferText).toBeGreaterThanOrEqual(baseline - FONT_PX * 1.1);
      expect(Math.max(...ys), f.inferText).toBeLessThanOrEqual(baseline + FONT_PX * 0.4);
      expect(Math.max(...ys) - Math.min(...ys), f.inferText).toBeGreaterThanOrEqual(FONT_PX * 0.6);
    });
  });
});
