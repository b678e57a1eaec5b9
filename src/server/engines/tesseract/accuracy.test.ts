import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OcrResponseSchema, type OcrResponse } from '../../../clova/index.ts';
import { createTesseractEngine } from './index.ts';
import { cer } from '../../../model/review/metrics.ts';
import { renderTextPage } from '../../../../test/support/documents.ts';
import { engineInputFor } from '../../../../test/support/engineInput.ts';
import { fieldTexts, responseText } from '../../../../test/support/responseText.ts';
import { sampleLines, type DocLang } from '../../../../test/support/sampleText.ts';

/**
 * Recognition quality on generated 12 pt pages at 300 dpi. Measured CER (bench/experiments/measureEngine.ts):
 * ko 0.000, ja 0.000, zh-TW 0.028 (full-width comma read as ','), en 0.000, ko+en page 0.019.
 * The bound leaves room for tesseract/tessdata versions that differ from the measured 5.3.0.
 */
const MAX_CER = 0.1;

const dir = mkdtempSync(join(tmpdir(), 'tesseract-accuracy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const engine = createTesseractEngine({ tmpDir: dir });

const cases: { label: string; lang: string; lines: readonly string[]; render: DocLang[] }[] = [
  { label: 'ko', lang: 'ko', lines: sampleLines('ko'), render: ['ko'] },
  { label: 'ja', lang: 'ja', lines: sampleLines('ja'), render: ['ja'] },
  { label: 'zh-TW', lang: 'zh-TW', lines: sampleLines('zh-TW'), render: ['zh-TW'] },
  { label: 'en', lang: 'en', lines: sampleLines('en'), render: ['en'] },
  // One page with Korean and English paragraphs, asked for as a combined list.
  { label: 'ko,en', lang: 'ko,en', lines: [...sampleLines('ko'), ...sampleLines('en')], render: ['ko'] },
];
// A full A4 page whose sentences repeat in the same places every four lines: tesseract's own row
// finding took the repeats for a slope and read lines across rows (CER 0.80) until the engine
// steadied its skew estimate (textord_skew_lag, see recognisePage.ts).
const REPEATED = Array.from({ length: 32 }, (_, i) => sampleLines('ko')[i % sampleLines('ko').length]);
cases.push({ label: 'ko, 32 repeated lines on A4', lang: 'ko', lines: REPEATED, render: ['ko'] });
const results = new Map<string, OcrResponse>();

beforeAll(async () => {
  // All at once: the engine's queue runs them two at a time, as it would concurrent requests.
  await Promise.all(
    cases.map(async (c) => {
      const height = c.lines.length > 8 ? undefined : 1000;
      const png = await renderTextPage({ lines: c.lines, lang: c.render[0], ...(height ? { height } : {}) });
      const out = await engine.run(engineInputFor(png, dir, { format: 'png', lang: c.lang }));
      results.set(c.label, OcrResponseSchema.parse(out.body));
    }),
  );
});

describe('tesseract engine accuracy on generated pages', () => {
  for (const c of cases) {
    it(`${c.label}: character error rate below ${MAX_CER}`, () => {
      const text = responseText(results.get(c.label)!);
      expect(cer(c.lines.join('\n'), text)).toBeLessThan(MAX_CER);
    });
  }

  it('ko: fields are the space-separated words, as CLOVA returns them', () => {
    const words = sampleLines('ko').join(' ').split(' ');
    const fields = fieldTexts(results.get('ko')!)[0];
    const matched = fields.filter((f) => words.includes(f)).length;
    expect(matched / words.length).toBeGreaterThan(0.9);
    expect(fields.length).toBeLessThan(words.length * 1.1); // not one field per syllable
  });

  it('ja: a line with no spaces stays one field', () => {
    const fields = fieldTexts(results.get('ja')!)[0];
    expect(fields.length).toBeLessThanOrEqual(sampleLines('ja').length + 1);
    expect(results.get('ja')!.images[0].fields!.filter((f) => f.lineBreak).length).toBe(
      sampleLines('ja').length,
    );
  });
});
