import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { OcrResponseSchema } from '../src/clova/index.ts';
import { cer } from '../src/model/review/metrics.ts';
import { createTesseractEngine } from '../src/server/engines/tesseract/index.ts';
import { renderTextPage } from '../test/support/documents.ts';
import { engineInputFor } from '../test/support/engineInput.ts';
import { responseText } from '../test/support/responseText.ts';
import { sampleLines, type DocLang } from '../test/support/sampleText.ts';
import { renderVerticalPage } from '../test/support/verticalPage.ts';
import { measured, type Metric } from './metric.ts';
import { round } from './stats.ts';

const LANGS: DocLang[] = ['ko', 'ja', 'zh-TW'];
const TURNS = [90, 180, 270] as const;

/**
 * engine.rotated_cer: CER (src/model/review/metrics.ts) of the embedded engine on generated
 * 300-dpi pages (the sample text of ko, ja and zh-TW, 12 pt, eight lines) turned 90°, 180° and
 * 270° clockwise, the mean over the nine pages. Beside it the same pages upright (the
 * no-regression check: clean pages ≤ 0.02) and the time each took, so the cost of reading a
 * turned page shows next to the upright one, and the CER of vertical ja and zh-TW columns.
 */
export async function measureRotatedCer(signal: AbortSignal): Promise<Metric[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-rotated-'));
  try {
    const engine = createTesseractEngine({ tmpDir: dir, concurrency: 1 });
    const pages: Record<string, { cer: number; ms: number }> = {};
    for (const lang of LANGS) {
      const lines = [...sampleLines(lang), ...sampleLines(lang)];
      const upright = await renderTextPage({ lines, lang, height: 1400 });
      for (const turn of [0, ...TURNS]) {
        signal.throwIfAborted();
        const png = turn === 0 ? upright : await sharp(upright).rotate(turn).png().toBuffer();
        const t0 = performance.now();
        const out = await engine.run(engineInputFor(png, dir, { format: 'png', lang, signal }));
        const ms = performance.now() - t0;
        if (out.status !== 200) throw new Error(`engine answered ${out.status} on ${lang} ${turn}°`);
        const text = responseText(OcrResponseSchema.parse(out.body));
        pages[`${lang}@${turn}`] = { cer: round(cer(lines.join('\n'), text), 3), ms: round(ms) };
      }
    }
    // Vertical columns (not part of the target): the sample text of ja and zh-TW, 200 dpi.
    const vertical: Record<string, number> = {};
    for (const lang of ['ja', 'zh-TW'] as const) {
      signal.throwIfAborted();
      const lines = sampleLines(lang);
      const png = await renderVerticalPage(lines, lang);
      const out = await engine.run(engineInputFor(png, dir, { format: 'png', lang, signal }));
      vertical[lang] = round(cer(lines.join('\n'), responseText(OcrResponseSchema.parse(out.body))), 3);
    }
    const of = (turns: readonly number[]) =>
      Object.entries(pages).filter(([k]) => turns.includes(Number(k.split('@')[1])));
    const turned = of(TURNS);
    const upright = of([0]);
    return [
      measured('engine.rotated_cer', mean(turned.map(([, p]) => p.cer)), {
        pages: '2481x1400 PNG, 8 lines, 12 pt, 300 dpi; ko, ja, zh-TW turned 90/180/270° clockwise',
        maxCer: Math.max(...turned.map(([, p]) => p.cer)),
        uprightCer: round(mean(upright.map(([, p]) => p.cer)), 3),
        uprightMaxCer: Math.max(...upright.map(([, p]) => p.cer)),
        uprightMs: round(mean(upright.map(([, p]) => p.ms))),
        turnedMs: round(mean(turned.map(([, p]) => p.ms))),
        perPage: pages,
        verticalColumnsCer: vertical,
      }),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
