/**
 * Chooses the photo path's steps on the TUNING half of the generated photo set (issue 17 §3):
 * each variant is the engine's line path (detector → straightened crops → `--psm 7`) with one
 * step changed, scored by bag-of-characters CER per language against the known text.
 *   node --import tsx bench/experiments/measurePhotoSteps.ts [pagesPerLanguage=6] [--only=Otsu,psm]
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp, { type Sharp } from 'sharp';
import { bagOfCharsCer } from '../../src/model/review/metrics.ts';
import { prepareLinesForOcr } from '../../src/server/engines/tesseract/preprocess/lines/prepareLines.ts';
import { loadTextLineDetector } from '../../src/server/engines/tesseract/preprocess/lines/textLineDetector.ts';
import { PHOTO_LANGS, TESSDATA_OF, photoSpecs, renderPhoto } from '../../test/support/photoSet/index.ts';
import { preparedText } from './preparedText.ts';
import { otsuThreshold } from '../../src/server/engines/tesseract/preprocess/otsuThreshold.ts';

interface Variant {
  name: string;
  boxHeight: number;
  /** Gaussian blur sigma applied to every crop before tesseract (0: none). */
  blur: number;
  /** Crops binarised at their Otsu threshold. */
  otsu?: boolean;
  psm?: string;
  /** Adds `eng` after the page's language. */
  eng?: boolean;
}

const VARIANTS: Variant[] = [
  { name: 'engine now: box 48', boxHeight: 48, blur: 0 },
  { name: 'box 40', boxHeight: 40, blur: 0 },
  { name: 'box 56', boxHeight: 56, blur: 0 },
  { name: 'box 48 + blur 0.8', boxHeight: 48, blur: 0.8 },
  { name: 'box 48 + blur 1.2', boxHeight: 48, blur: 1.2 },
  { name: 'box 56 + blur 1.2', boxHeight: 56, blur: 1.2 },
  { name: 'box 48 + Otsu crops', boxHeight: 48, blur: 0, otsu: true },
  { name: 'box 48, --psm 13', boxHeight: 48, blur: 0, psm: '13' },
  { name: 'box 48, lang + eng', boxHeight: 48, blur: 0, eng: true },
];

async function otsu(img: Sharp): Promise<Sharp> {
  const { data, info } = await img.grayscale().raw().toBuffer({ resolveWithObject: true });
  const t = otsuThreshold(new Uint8Array(data.buffer, data.byteOffset, data.length));
  return sharp(data, { raw: info }).threshold(t + 1);
}

const perLang = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 6);
// --only=a,b keeps the variants whose names contain a or b (the engine's own always runs).
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const chosen = VARIANTS.filter((v, i) => i === 0 || !only || only.some((o) => v.name.includes(o)));
const load = await loadTextLineDetector();
if (!load.available) throw new Error(`the text-line detector is needed: ${load.reason}`);
const dir = await mkdtemp(path.join(os.tmpdir(), 'photo-steps-'));
try {
  const cers = new Map<string, Map<string, number[]>>();
  for (const spec of photoSpecs('tuning', perLang)) {
    const page = await renderPhoto(spec);
    const image = path.join(dir, `${spec.seed}.jpg`);
    await writeFile(image, page.jpeg);
    for (const v of chosen) {
      const out = await mkdtemp(path.join(dir, 'v-'));
      const prepared = await prepareLinesForOcr(image, out, load.detector, { boxHeight: v.boxHeight });
      if (v.blur > 0 || v.otsu) {
        const files = (await readFile(prepared.listPath, 'utf8')).split('\n').filter(Boolean);
        for (const f of files) {
          const img = v.blur > 0 ? sharp(f).blur(v.blur) : sharp(f);
          await writeFile(f, await (v.otsu ? await otsu(img) : img).png().toBuffer());
        }
      }
      const langs = TESSDATA_OF[spec.lang] + (v.eng ? '+eng' : '');
      const { stdout } = await promisify(execFile)(
        'tesseract',
        [
          prepared.listPath,
          'stdout',
          '-l',
          langs,
          '--psm',
          v.psm ?? '7',
          '-c',
          'preserve_interword_spaces=1',
          '-c',
          'textord_use_cjk_fp_model=1',
          'tsv',
        ],
        { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 64 * 1024 * 1024 },
      );
      const c = bagOfCharsCer(page.text, preparedText(stdout, prepared));
      const byLang = cers.get(v.name) ?? new Map<string, number[]>();
      byLang.set(spec.lang, [...(byLang.get(spec.lang) ?? []), c]);
      cers.set(v.name, byLang);
      await rm(out, { recursive: true, force: true });
    }
    process.stderr.write(`${spec.lang} ${spec.seed} ${page.style}\n`);
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  console.log(`| variant | ${PHOTO_LANGS.join(' | ')} | mean |`);
  console.log(`|---|${PHOTO_LANGS.map(() => '---|').join('')}---|`);
  for (const v of chosen) {
    const per = PHOTO_LANGS.map((l) => mean(cers.get(v.name)?.get(l) ?? [NaN]));
    console.log(`| ${v.name} | ${per.map((x) => x.toFixed(3)).join(' | ')} | ${mean(per).toFixed(3)} |`);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
