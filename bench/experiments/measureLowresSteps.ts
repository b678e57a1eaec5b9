/**
 * Issue 17 §2: the low-resolution steps measured on the tuning pages (lowresTuningPages.ts, not
 * the bench's pages), each turned by a range of small angles and rendered at 72 and 200 dpi, read
 * by the engine as the relay runs it with each `deskew` setting. CER cell by cell on tables, whole
 * text on the text page.
 *   node --import tsx bench/experiments/measureLowresSteps.ts [angles, e.g. 0,0.3,0.7,1.5,-2.5,4]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { OcrResponseSchema } from '../../src/clova/index.ts';
import { charErrors, errorRate, type ErrorCount } from '../../src/model/review/metrics.ts';
import { createTesseractEngine } from '../../src/server/engines/tesseract/index.ts';
import { engineInputFor } from '../../test/support/engineInput.ts';
import { responseText } from '../../test/support/responseText.ts';
import { renderPage } from '../../test/support/tables/renderPage.ts';
import { atDpi, cellErrors } from '../../test/support/tables/ruledTablePages.ts';
import { LOWRES_TUNING_PAGES } from './lowresTuningPages.ts';

const angles = (process.argv[2] ?? '0,0.3,0.7,1.5,-2.5,4').split(',').map(Number);
const settings = (process.argv[3] ?? 'off,always').split(',') as ('auto' | 'off' | 'always')[];
const dpis = [72, 200];
const dir = await mkdtemp(path.join(os.tmpdir(), 'lowres-steps-'));
try {
  const engines = Object.fromEntries(
    settings.map((s) => [s, createTesseractEngine({ tmpDir: dir, concurrency: 1, deskew: s })]),
  );
  console.log(`| page | angle | ${dpis.flatMap((d) => settings.map((s) => `${d} dpi ${s}`)).join(' | ')} |`);
  const totals: Record<string, ErrorCount[]> = {};
  for (const p of LOWRES_TUNING_PAGES)
    for (const angle of angles) {
      const row: string[] = [];
      for (const dpi of dpis) {
        const png = (await renderPage(atDpi(p.spec, dpi), angle)).png;
        for (const s of settings) {
          const out = await engines[s].run(
            engineInputFor(png, dir, { format: 'png', enableTableDetection: true }),
          );
          const res = OcrResponseSchema.parse(out.body);
          const e =
            p.spec.tables.length > 0
              ? cellErrors(p.spec, res)
              : charErrors((p.spec.texts ?? []).map((t) => t.text).join('\n'), responseText(res));
          (totals[`${dpi} dpi ${s}`] ??= []).push(e);
          row.push(errorRate(e).toFixed(3));
        }
      }
      console.log(`| ${p.name} | ${angle} | ${row.join(' | ')} |`);
    }
  const all = (xs: ErrorCount[]) =>
    errorRate({ errors: xs.reduce((a, x) => a + x.errors, 0), length: xs.reduce((a, x) => a + x.length, 0) });
  console.log(
    `| all | | ${Object.values(totals)
      .map((xs) => all(xs).toFixed(3))
      .join(' | ')} |`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
