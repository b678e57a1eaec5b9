/**
 * Fits the engine's confidence calibration (issue 17 §4) on the TUNING half of the generated photo
 * set and writes it to src/server/engines/tesseract/calibration/table.ts.
 *   node --import tsx bench/experiments/fitConfidence.ts [pagesPerLanguage=12] [--dry] [--cache=FILE] [--detector]
 * One table per read path (photos: line crops; flat scans: whole page). Line-path words carry the
 * line detector's score for their box (bench/photoSet/runs.ts), a feature with --detector. The engine runs with `confidence: 'raw'` (tesseract's own scores); each field is labelled right
 * when it equals an unmatched word of the known text. Prints ECE and wrong-word AUROC, raw and
 * calibrated, on the tuning half (in-sample); the bench reports the checking half.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTesseractEngine } from '../../src/server/engines/tesseract/index.ts';
import { fitCalibration, type LabelledWord } from '../../src/server/engines/tesseract/calibration/fit.ts';
import {
  calibratedProbability,
  type Calibrations,
} from '../../src/server/engines/tesseract/calibration/model.ts';
import {
  expectedCalibrationError,
  wrongWordAuroc,
} from '../../src/server/engines/tesseract/calibration/reliability.ts';
import { photoSpecs } from '../../test/support/photoSet/index.ts';
import { labelWords } from '../../test/support/photoSet/words.ts';
import { runPhotoSet, type PhotoRun } from '../photoSet/runs.ts';

const args = process.argv.slice(2);
const perLang = Number(args.find((a) => /^\d+$/.test(a)) ?? 12);
const dry = args.includes('--dry');
// --detector fits the line path with the line detector's score as a feature. The committed table
// has none: on the checking half it changed nothing measurable (bench/HISTORY.md, 2026-12-07).
const withDetector = args.includes('--detector');
const cache = args.find((a) => a.startsWith('--cache='))?.slice('--cache='.length);
const tableFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../src/server/engines/tesseract/calibration/table.ts',
);

const dir = await mkdtemp(path.join(os.tmpdir(), 'fit-confidence-'));
try {
  const engine = createTesseractEngine({ tmpDir: dir, concurrency: 1, confidence: 'raw' });
  // Photos (the line path) and twice as many flat scans (the whole-page path: fewer words a page,
  // read faster), tuning half only.
  const specs = [...photoSpecs('tuning', perLang), ...photoSpecs('tuning', 2 * perLang, 'scan')];
  // --cache=FILE keeps the engine's readings by page, so a re-fit only reads pages it has not read.
  const key = (p: { capture: string; seed: number }) => `${p.capture}-${p.seed}`;
  const cached = new Map<string, PhotoRun>(
    cache && existsSync(cache)
      ? (JSON.parse(await readFile(cache, 'utf8')) as PhotoRun[]).map((r) => [key(r.page), r])
      : [],
  );
  const fresh = await runPhotoSet(
    specs.filter((s) => !cached.has(key(s))),
    engine,
    dir,
    {
      plain: false,
      onPage: (r) =>
        process.stderr.write(`${r.page.lang} ${r.page.seed} ${r.path} CER ${r.engineCer.toFixed(3)}\n`),
    },
  );
  for (const r of fresh) cached.set(key(r.page), r);
  if (cache) await writeFile(cache, JSON.stringify([...cached.values()]));
  const runs = specs.map((s) => cached.get(key(s))!);
  const f = (x: number) => x.toFixed(3);
  const fitted = {} as Calibrations;
  const labelled = (rs: readonly PhotoRun[]): LabelledWord[] =>
    rs.flatMap((r) =>
      labelWords(
        r.page.text,
        r.words.map((w) => ({ text: w.text, conf: 100 * w.confidence, detectorScore: w.detectorScore })),
      ),
    );
  for (const readPath of ['lines', 'page'] as const) {
    const mine = runs.filter((r) => r.path === readPath);
    const words = labelled(mine);
    const cal = fitCalibration(
      words,
      `tuning half of the generated photo set (test/support/photoSet), ${readPath} path: seeds ${mine
        .map((r) => r.page.seed)
        .join(',')}`,
      { detector: withDetector },
    );
    const raw = words.map((w) => ({ confidence: w.conf / 100, right: w.right }));
    const calibrated = words.map((w) => ({ confidence: calibratedProbability(cal, w), right: w.right }));
    const scored = words.filter((w) => w.detectorScore !== undefined).length;
    console.log(
      `${readPath}: ${mine.length} pages, words ${words.length} (right ${words.filter((w) => w.right).length}, with a detector score ${scored}); in-sample:\n` +
        `  raw        ECE ${f(expectedCalibrationError(raw))}  AUROC ${f(wrongWordAuroc(raw))}\n` +
        `  calibrated ECE ${f(expectedCalibrationError(calibrated))}  AUROC ${f(wrongWordAuroc(calibrated))}`,
    );
    console.log(
      JSON.stringify({
        lengthWeight: cal.lengthWeight,
        detector: cal.detector,
        scripts: cal.scripts,
        isotonic: cal.isotonic,
      }),
    );
    // Out of sample: fit on every other page, score the rest, both ways round; with and without
    // the detector's score, so the tuning half says whether it earns its place.
    for (const detector of [false, true]) {
      const crossed = [0, 1].flatMap((fold) => {
        const half = fitCalibration(labelled(mine.filter((_, i) => i % 2 !== fold)), 'fold', { detector });
        return labelled(mine.filter((_, i) => i % 2 === fold)).map((w) => ({
          confidence: calibratedProbability(half, w),
          right: w.right,
        }));
      });
      console.log(
        `  2-fold cross-validated, ${detector ? 'with' : 'without'} the detector's score: ` +
          `ECE ${f(expectedCalibrationError(crossed))}  AUROC ${f(wrongWordAuroc(crossed))}`,
      );
    }
    fitted[readPath] = cal;
  }
  if (!dry) {
    await writeFile(
      tableFile,
      `import type { Calibrations } from './model.ts';\n\n` +
        `/** Written by bench/experiments/fitConfidence.ts (do not edit by hand; re-run it). */\n` +
        `export const CALIBRATIONS: Calibrations = ${JSON.stringify(fitted, null, 2)};\n`,
    );
    console.log(`wrote ${tableFile} (run prettier --write on it)`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
