import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { OcrResponseSchema } from '../src/clova/index.ts';
import type { Engine } from '../src/server/engines/engine.ts';
import { createTesseractEngine } from '../src/server/engines/tesseract/index.ts';
import { PHOTO_RECEIPT_LINES, renderPhotoLikePage } from '../test/support/photoLikePage.ts';
import { bagOfCharsCer, lineSortedCer } from '../src/model/review/metrics.ts';
import { loadTextLineDetector, preparePageForOcr } from '../src/server/engines/tesseract/preprocess/index.ts';
import { engineInputFor } from '../test/support/engineInput.ts';
import { responseText } from '../test/support/responseText.ts';

/**
 * Character error rate of the embedded engine (createTesseractEngine, as the relay runs it) against
 * CLOVA's text on the fixture documents that have both an image (in ../shared, never in the
 * repo) and a real CLOVA response, next to plain `tesseract <img> stdout -l kor+eng` on the same
 * image; plus a generated photo-like page whose text is known, so the figure exists on any clone.
 */

const run = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const sharedImages = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'images');

export const BAG_CER_DEFINITION =
  'bag-of-characters CER (bagOfCharsCer, src/model/metrics.ts): both texts NFKC-normalised with all whitespace removed; ' +
  'missing = reference characters without a counterpart in the OCR text (multiset), extra = the reverse; ' +
  'CER = max(missing, extra) / reference length. Order-insensitive, since CLOVA orders some lines ' +
  'differently; a lower bound of the Levenshtein CER under any line order.';

export interface PhotoDoc {
  name: string;
  image: string;
  format: string;
  reference: string;
}

/** A bench line (same shape as bench/metric.ts's Metric, which prints NaN as null). */
export interface Metric {
  metric: string;
  value: number;
  unit: string;
  target?: number;
  pass?: boolean;
  detail?: unknown;
}

/** CLOVA's text: fields' inferText, a line per lineBreak (V1 responses have none: one line). */
function clovaText(fixture: string): string {
  const body = OcrResponseSchema.parse(
    JSON.parse(readFileSync(path.join(repoRoot, 'test/fixtures', 'clova', fixture), 'utf8')),
  );
  return (body.images[0].fields ?? []).map((f) => f.inferText + (f.lineBreak ? '\n' : ' ')).join('');
}

/** The pairs, or undefined when ../shared is absent (a user's clone). */
export async function loadPhotoDocs(workDir: string): Promise<PhotoDoc[] | undefined> {
  if (!existsSync(sharedImages)) return undefined;
  // CLOVA saw page 1 of the PDF as a 72-dpi PNG (convertedImageInfo 595x842).
  const kbo = path.join(workDir, 'table-kbo-72dpi');
  await run('pdftoppm', [
    '-r',
    '72',
    '-png',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    path.join(sharedImages, 'table-kbo.pdf'),
    kbo,
  ]);
  return [
    {
      name: 'kingmart',
      image: path.join(sharedImages, 'receipt-kingmart.png'),
      format: 'png',
      reference: clovaText('receipt-kingmart.v2.json'),
    },
    {
      name: 'nutrition',
      image: path.join(sharedImages, 'nutrition-roi.png'),
      format: 'png',
      reference: clovaText('nutrition-roi.v1-negative-x.json'),
    },
    { name: 'kbo72', image: `${kbo}.png`, format: 'png', reference: clovaText('table-kbo.v2.json') },
  ];
}

/** The generated photo-like receipt (photoLikePage.ts, default options), written into `workDir`. */
export async function photoLikeDoc(workDir: string): Promise<PhotoDoc> {
  const image = path.join(workDir, 'photo-like.jpg');
  await writeFile(image, await renderPhotoLikePage());
  return { name: 'generated', image, format: 'jpg', reference: PHOTO_RECEIPT_LINES.join('\n') };
}

/** `tesseract <image> stdout -l kor+eng` with nothing else (one thread, so timings compare). */
export async function plainTesseractText(
  image: string,
  args: string[] = [],
  langs = 'kor+eng',
): Promise<{ text: string; ms: number }> {
  const t0 = performance.now();
  const { stdout } = await run('tesseract', [image, 'stdout', '-l', langs, ...args], {
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { text: stdout, ms: performance.now() - t0 };
}

/** The engine's answer for one image, as readers join its fields (a line per lineBreak). */
export async function engineText(
  engine: Engine,
  doc: Pick<PhotoDoc, 'image' | 'format'>,
  workDir: string,
): Promise<{ text: string; ms: number }> {
  const input = engineInputFor(await readFile(doc.image), workDir, { format: doc.format });
  const t0 = performance.now();
  const out = await engine.run(input);
  const ms = performance.now() - t0;
  if (out.status !== 200) throw new Error(`engine answered ${out.status}`);
  return { text: responseText(OcrResponseSchema.parse(out.body)), ms };
}

export function cer(reference: string, text: string) {
  return { bag: bagOfCharsCer(reference, text), lineSorted: lineSortedCer(reference, text) };
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * engine.photo_cer_<doc>: the engine's bag-of-characters CER against the reference, with plain
 * tesseract's as the target to beat; engine.photo_cer_mean over the fixture documents.
 */
export async function measurePhotoCer(): Promise<Metric[]> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'photo-cer-'));
  try {
    const engine = createTesseractEngine({ tmpDir: workDir, concurrency: 1 });
    // The detector model loads once per process; load it before any timing.
    await loadTextLineDetector();
    const metrics: Metric[] = [];
    const fixtures = await loadPhotoDocs(workDir);
    if (!fixtures) {
      process.stderr.write(`photo CER: ${sharedImages} not found, fixture documents skipped\n`);
      metrics.push({
        metric: 'engine.photo_cer_mean',
        value: NaN,
        unit: 'CER (bag of chars)',
        detail: `skipped: no fixture images at ${sharedImages} (they are not shipped with the repo)`,
      });
    }
    const docs = [...(fixtures ?? []), await photoLikeDoc(workDir)];
    const engineCers: number[] = [];
    const plainCers: number[] = [];
    for (const doc of docs) {
      const plain = await plainTesseractText(doc.image);
      const ours = await engineText(engine, doc, workDir);
      const cp = cer(doc.reference, plain.text);
      const ce = cer(doc.reference, ours.text);
      // The path preparePageForOcr takes for this image (run apart, so it is not in the timing).
      const decision = (await preparePageForOcr(doc.image, await mkdtemp(path.join(workDir, 'why-'))))
        .decision;
      if (doc.name !== 'generated') {
        engineCers.push(ce.bag);
        plainCers.push(cp.bag);
      }
      metrics.push({
        metric: `engine.photo_cer_${doc.name}`,
        value: ce.bag,
        unit: 'CER (bag of chars)',
        target: r3(cp.bag),
        pass: ce.bag <= cp.bag,
        detail: {
          plainTesseract: r3(cp.bag),
          lineSortedCer: { engine: r3(ce.lineSorted), plainTesseract: r3(cp.lineSorted) },
          path: decision,
          engineMs: Math.round(ours.ms),
          plainMs: Math.round(plain.ms),
          reference: doc.name === 'generated' ? 'generated text' : 'CLOVA response fixture',
        },
      });
    }
    if (fixtures) {
      const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
      metrics.push({
        metric: 'engine.photo_cer_mean',
        value: mean(engineCers),
        unit: 'CER (bag of chars)',
        target: r3(mean(plainCers)),
        pass: mean(engineCers) <= mean(plainCers),
        detail: {
          plainTesseract: r3(mean(plainCers)),
          documents: fixtures.map((d) => d.name),
          definition: BAG_CER_DEFINITION,
          target: 'plain `tesseract <img> stdout -l kor+eng` on the same image',
        },
      });
    }
    return metrics;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
