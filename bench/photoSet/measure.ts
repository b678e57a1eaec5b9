import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTesseractEngine } from '../../src/server/engines/tesseract/index.ts';
import { loadTextLineDetector } from '../../src/server/engines/tesseract/preprocess/index.ts';
import { CALIBRATIONS, calibratedProbability } from '../../src/server/engines/tesseract/calibration/index.ts';
import {
  expectedCalibrationError,
  wrongWordAuroc,
} from '../../src/server/engines/tesseract/calibration/reliability.ts';
import { photoSpecs } from '../../test/support/photoSet/index.ts';
import { labelWords } from '../../test/support/photoSet/words.ts';
import { measured, type Metric } from '../metric.ts';
import { OcrResponseSchema } from '../../src/clova/index.ts';
import { renderRuledTable } from '../../src/server/samples/ruledTable.ts';
import { TABLE_KO } from '../../src/server/samples/texts.ts';
import { engineInputFor } from '../../test/support/engineInput.ts';
import { cerByLanguage, runPhotoSet } from './runs.ts';

/** Pages per language of the checking half: modest, the machine is shared (≈ 4 s a page). */
const PAGES_PER_LANGUAGE = Number(process.env.PHOTO_SET_PAGES ?? 6);
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * engine.photo_cer and engine.confidence_ece on the CHECKING half of the generated photo set
 * (test/support/photoSet; the engine's steps and its calibration were chosen on the tuning half).
 * - photo_cer: per language, the engine's mean bag-of-characters CER over plain
 *   `tesseract <img> stdout -l <kor|jpn|chi_tra>`'s; the value is the worst language's ratio.
 * - confidence_ece: ten-bin ECE of inferConfidence over the photos and flat scans (whole-page path), a word being right when it equals an unmatched
 *   word of the known text. The engine runs once with raw scores; calibrated values are the
 *   engine's own calibration (calibration/index.ts) applied to those words, so raw and calibrated
 *   are compared on the same reading.
 */
export async function measurePhotoSet(signal: AbortSignal): Promise<Metric[]> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'photo-set-'));
  try {
    await loadTextLineDetector();
    const engine = createTesseractEngine({ tmpDir: workDir, concurrency: 1, confidence: 'raw' });
    const specs = photoSpecs('checking', PAGES_PER_LANGUAGE);
    // Flat scans take the whole-page path, which has its own calibration table.
    const scans = photoSpecs('checking', PAGES_PER_LANGUAGE, 'scan');
    const all = await runPhotoSet([...specs, ...scans], engine, workDir, {
      onPage: () => signal.throwIfAborted(),
      plain: (spec) => spec.capture === 'photo',
    });
    const runs = all.filter((r) => r.page.capture === 'photo');
    const byLang = cerByLanguage(runs);
    const worst = Math.max(...Object.values(byLang).map((l) => l.ratio));
    const words = all.flatMap((r) => labelWords(r.page.text, r.words).map((w) => ({ ...w, path: r.path })));
    const raw = words.map((w) => ({ confidence: w.confidence, right: w.right }));
    const calibrated = words.map((w) => ({
      confidence: calibratedProbability(CALIBRATIONS[w.path], {
        text: w.text,
        conf: 100 * w.confidence,
        detectorScore: w.detectorScore,
      }),
      right: w.right,
    }));
    const ece = expectedCalibrationError(calibrated);
    const ruledTable = await ruledTableDigits(workDir);
    const onPath = (xs: typeof raw, p: string) => xs.filter((_, i) => words[i].path === p);
    const perPath = Object.fromEntries(
      (['lines', 'page'] as const).map((p) => [
        p,
        {
          words: onPath(raw, p).length,
          raw: r3(expectedCalibrationError(onPath(raw, p))),
          calibrated: r3(expectedCalibrationError(onPath(calibrated, p))),
          aurocWrongWords: {
            calibrated: r3(wrongWordAuroc(onPath(calibrated, p))),
            raw: r3(wrongWordAuroc(onPath(raw, p))),
          },
        },
      ]),
    );
    return [
      measured('engine.photo_cer', worst, {
        perLanguage: Object.fromEntries(
          Object.entries(byLang).map(([l, v]) => [
            l,
            { engine: r3(v.engine), plainTesseract: r3(v.plain), ratio: r3(v.ratio), pages: v.pages },
          ]),
        ),
        value: 'worst language: engine CER / plain `tesseract -l <lang>` CER (bag of characters)',
        half: 'checking (odd seeds)',
        styles: countBy(runs.map((r) => `${r.page.kind}/${r.page.style}`)),
      }),
      measured('engine.confidence_ece', ece, {
        raw: r3(expectedCalibrationError(raw)),
        perPath,
        aurocWrongWords: { calibrated: r3(wrongWordAuroc(calibrated)), raw: r3(wrongWordAuroc(raw)) },
        words: words.length,
        right: words.filter((w) => w.right).length,
        bins: 10,
        half: 'checking (odd seeds)',
        pages: { photos: specs.length, scans: scans.length },
        ruledTableSample: ruledTable,
      }),
    ];
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/**
 * The digit words of the relay's ruled-table sample (lang ko) with raw and calibrated confidence:
 * issue 17 wants right ones at ≥ 0.8 (not red); rule glyphs beside them (§1) decide how tesseract scores them.
 */
async function ruledTableDigits(workDir: string) {
  const png = await renderRuledTable({ rows: TABLE_KO, dpi: 150 });
  const cells = new Set(TABLE_KO.flat());
  const engine = createTesseractEngine({ tmpDir: workDir, concurrency: 1, confidence: 'raw' });
  const out = await engine.run(engineInputFor(png, workDir, { format: 'png', lang: 'ko' }));
  const fields = OcrResponseSchema.parse(out.body).images[0].fields ?? [];
  return fields
    .filter((f) => /^[\d,|]+$/.test(f.inferText))
    .map((f) => ({
      text: f.inferText,
      right: cells.has(f.inferText),
      raw: f.inferConfidence,
      calibrated: r3(
        calibratedProbability(CALIBRATIONS.page, { text: f.inferText, conf: 100 * f.inferConfidence }),
      ),
    }));
}

function countBy(xs: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}
