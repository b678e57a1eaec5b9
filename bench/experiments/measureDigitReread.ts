/**
 * Whether re-reading digit groups with `eng` (src/server/engines/tesseract/digitReread.ts) helps,
 * measured on the TUNING half of the generated photo set: the engine with the re-read and without,
 * mean bag-of-characters CER per language and capture (photos: line path; scans: whole page).
 *   node --import tsx bench/experiments/measureDigitReread.ts [pagesPerLanguage=6]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTesseractEngine } from '../../src/server/engines/tesseract/index.ts';
import { loadTextLineDetector } from '../../src/server/engines/tesseract/preprocess/index.ts';
import { PHOTO_LANGS, photoSpecs } from '../../test/support/photoSet/index.ts';
import { runPhotoSet } from '../photoSet/runs.ts';

const perLang = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 6);
const dir = await mkdtemp(path.join(os.tmpdir(), 'digit-reread-'));
try {
  await loadTextLineDetector();
  const specs = [...photoSpecs('tuning', perLang), ...photoSpecs('tuning', perLang, 'scan')];
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
  console.log(`| digit re-read | capture | ${PHOTO_LANGS.join(' | ')} |`);
  console.log(`|---|---|${PHOTO_LANGS.map(() => '---|').join('')}`);
  for (const digitReread of ['off', 'auto'] as const) {
    const engine = createTesseractEngine({ tmpDir: dir, concurrency: 1, confidence: 'raw', digitReread });
    const runs = await runPhotoSet(specs, engine, dir, { plain: false });
    for (const capture of ['photo', 'scan'] as const) {
      const per = PHOTO_LANGS.map((l) =>
        mean(runs.filter((r) => r.page.lang === l && r.page.capture === capture).map((r) => r.engineCer)),
      );
      console.log(`| ${digitReread} | ${capture} | ${per.map((x) => x.toFixed(3)).join(' | ')} |`);
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
