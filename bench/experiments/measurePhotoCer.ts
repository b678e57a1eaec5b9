/**
 * Measures recognition against CLOVA on the fixture documents that have both an image and a
 * CLOVA response (plus a generated photo-like page with known text), for plain tesseract,
 * whole-page preprocessing variants, text-line variants (when the detector is installed) and the
 * embedded engine itself, with and without the text-line detector.
 *   node --import tsx bench/experiments/measurePhotoCer.ts
 * Metric: bag-of-characters CER (order-insensitive, see bagOfCharsCer in src/model/metrics.ts)
 * and line-sorted Levenshtein CER, both against CLOVA's fields text, whitespace ignored.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp, { type Sharp } from 'sharp';
import {
  BAG_CER_DEFINITION,
  cer,
  engineText,
  loadPhotoDocs,
  photoLikeDoc,
  plainTesseractText,
  type PhotoDoc,
} from '../photoCer.ts';
import { createTesseractEngine } from '../../src/server/engines/tesseract/index.ts';
import { writeGeneratedPage, GENERATED_LINES } from '../generatedPage.ts';
import { otsuThreshold } from '../../src/server/engines/tesseract/preprocess/otsuThreshold.ts';
import { prepareLinesForOcr } from '../../src/server/engines/tesseract/preprocess/lines/prepareLines.ts';
import { loadTextLineDetector } from '../../src/server/engines/tesseract/preprocess/lines/textLineDetector.ts';
import { preparedText } from './preparedText.ts';

type Result = { text: string; ms: number };

/** tesseract's tsv for an input (a page or an image list), one thread. */
async function tesseractTsv(input: string, args: string[], langs = 'kor+eng'): Promise<string> {
  const { stdout } = await promisify(execFile)('tesseract', [input, 'stdout', '-l', langs, ...args, 'tsv'], {
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}
interface Variant {
  name: string;
  run(doc: PhotoDoc, dir: string): Promise<Result>;
}

/** A whole-page variant: an optional sharp transform, then tesseract with extra args. */
function page(
  name: string,
  args: string[],
  transform?: (img: Sharp, width: number) => Sharp,
  langs?: string,
): Variant {
  return {
    name,
    async run(doc, dir) {
      const t0 = performance.now();
      let input = doc.image;
      if (transform) {
        const meta = await sharp(doc.image).metadata();
        input = path.join(dir, `${doc.name}-${name.replace(/\W+/g, '_')}.png`);
        await transform(sharp(doc.image).flatten({ background: '#fff' }).grayscale(), meta.width)
          .png()
          .toFile(input);
      }
      const r = await plainTesseractText(input, args, langs);
      return { text: r.text, ms: performance.now() - t0 };
    },
  };
}

const scaled = (k: number) => (img: Sharp, width: number) => img.resize(Math.round(width * k));

async function otsu(img: Sharp): Promise<Sharp> {
  const { data, info } = await img.raw().toBuffer({ resolveWithObject: true });
  const t = otsuThreshold(new Uint8Array(data.buffer, data.byteOffset, data.length));
  return sharp(data, { raw: info }).threshold(t + 1);
}

function otsuPage(name: string, k: number): Variant {
  return {
    name,
    async run(doc, dir) {
      const t0 = performance.now();
      const meta = await sharp(doc.image).metadata();
      const file = path.join(dir, `${doc.name}-${name.replace(/\W+/g, '_')}.png`);
      const img = sharp(doc.image)
        .flatten({ background: '#fff' })
        .grayscale()
        .resize(Math.round(meta.width * k));
      await (await otsu(img)).png().toFile(file);
      const r = await plainTesseractText(file);
      return { text: r.text, ms: performance.now() - t0 };
    },
  };
}

async function lineVariants(): Promise<Variant[]> {
  const load = await loadTextLineDetector();
  if (!load.available) {
    console.log(`(line variants skipped: ${load.reason})`);
    return [];
  }
  return [32, 48, 64].map((boxHeight) => ({
    name: `lines: detector + psm 7, box ${boxHeight}px`,
    async run(doc, dir) {
      const t0 = performance.now();
      const out = await mkdtemp(path.join(dir, 'lines-'));
      const prepared = await prepareLinesForOcr(doc.image, out, load.detector, { boxHeight });
      const tsv = await tesseractTsv(prepared.listPath, prepared.tesseractArgs);
      return { text: preparedText(tsv, prepared), ms: performance.now() - t0 };
    },
  }));
}

const variants: Variant[] = [
  page('plain tesseract (baseline)', []),
  page('--psm 4', ['--psm', '4']),
  page('--psm 6', ['--psm', '6']),
  page('--psm 11', ['--psm', '11']),
  page('-l kor only', [], undefined, 'kor'),
  page('preserve_interword_spaces=1', ['-c', 'preserve_interword_spaces=1']),
  page('grey', [], (img) => img),
  page('grey + normalise', [], (img) => img.normalise()),
  page('grey + CLAHE 64', [], (img) => img.clahe({ width: 64, height: 64 })),
  page('grey + median 3', [], (img) => img.median(3)),
  otsuPage('Otsu binarise', 1),
  page('upscale x1.5', [], scaled(1.5)),
  page('upscale x2', [], scaled(2)),
  page('upscale x3', [], scaled(3)),
  page('upscale x4', [], scaled(4)),
  page('upscale x2 + normalise', [], (img, w) => scaled(2)(img, w).normalise()),
  otsuPage('upscale x2 + Otsu', 2),
  page('upscale x2 + --psm 4', ['--psm', '4'], scaled(2)),
  page('upscale x2 + --psm 6', ['--psm', '6'], scaled(2)),
  page('upscale x2 + --psm 11', ['--psm', '11'], scaled(2)),
  ...(await lineVariants()),
  {
    name: 'ENGINE (createTesseractEngine, no lang)',
    run: (doc, dir) => engineText(createTesseractEngine({ tmpDir: dir, concurrency: 1 }), doc, dir),
  },
  {
    name: 'engine, lineDetector off',
    run: (doc, dir) =>
      engineText(createTesseractEngine({ tmpDir: dir, concurrency: 1, lineDetector: 'off' }), doc, dir),
  },
];

const dir = await mkdtemp(path.join(os.tmpdir(), 'measure-photo-cer-'));
try {
  console.log(`Metric: ${BAG_CER_DEFINITION} "sorted": Levenshtein CER over sorted lines.\n`);
  const fixtures = await loadPhotoDocs(dir);
  if (!fixtures) console.log('fixture documents skipped: no ../shared/fixtures/images');
  const docs = [...(fixtures ?? []), await photoLikeDoc(dir)];
  {
    const f = (x: number) => x.toFixed(3);
    console.log(
      `| variant | ${docs.map((d) => `${d.name} bag / sorted`).join(' | ')} | mean bag | mean sorted | ms/page |`,
    );
    console.log(`|---|${docs.map(() => '---|').join('')}---|---|---|`);
    for (const v of variants) {
      const cells: string[] = [];
      let bag = 0;
      let sorted = 0;
      let ms = 0;
      for (const doc of docs) {
        const r = await v.run(doc, dir);
        const c = cer(doc.reference, r.text);
        cells.push(`${f(c.bag)} / ${f(c.lineSorted)}`);
        bag += c.bag / docs.length;
        sorted += c.lineSorted / docs.length;
        ms += r.ms / docs.length;
      }
      console.log(`| ${v.name} | ${cells.join(' | ')} | ${f(bag)} | ${f(sorted)} | ${Math.round(ms)} |`);
    }
  }

  // A generated clean page with small text, known text: does the engine keep it right?
  const small = path.join(dir, 'clean-96dpi-9pt.png');
  const smallText = await writeGeneratedPage(small, 96, 9);
  const sp = await plainTesseractText(small);
  const se = await engineText(createTesseractEngine({ tmpDir: dir }), { image: small, format: 'png' }, dir);
  console.log(
    `\ngenerated 96-dpi 9-pt page (ground truth ${GENERATED_LINES.length * 5} lines): plain bag CER ${cer(smallText, sp.text).bag.toFixed(3)}, engine ${cer(smallText, se.text).bag.toFixed(3)}`,
  );
  console.log(
    'time per clean page, engine vs tesseract: node --import tsx bench/experiments/measureEngine.ts --only=speed',
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
