import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { OcrResponseSchema } from '../src/clova/index.ts';
import { preparePageForOcr, type PrepareOptions, type PreparedPage } from '../src/server/preprocess/index.ts';
import { preparedText } from '../src/server/preprocess/preparedText.ts';
import { parseTsvWords, tsvWordsToText } from '../src/server/preprocess/tesseractTsv.ts';
import { bagOfCharsCer, lineSortedCer } from '../src/server/preprocess/orderInsensitiveCer.ts';
import { writeGeneratedPage } from './generatedPage.ts';

/**
 * Character error rate of the embedded engine's recognition against CLOVA's text, on the
 * fixture documents that have both an image (in ../shared, never in the repo) and a CLOVA
 * response. Comparison: bag-of-characters CER (see orderInsensitiveCer.ts), because CLOVA's line
 * order differs slightly; a line-sorted Levenshtein CER is reported beside it.
 */

const run = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const sharedImages = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'images');

export interface PhotoDoc {
  name: string;
  image: string;
  reference: string;
}

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
    JSON.parse(readFileSync(path.join(repoRoot, 'test-fixtures', 'clova', fixture), 'utf8')),
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
      name: 'receipt-kingmart',
      image: path.join(sharedImages, 'receipt-kingmart.png'),
      reference: clovaText('receipt-kingmart.v2.json'),
    },
    {
      name: 'nutrition-roi',
      image: path.join(sharedImages, 'nutrition-roi.png'),
      reference: clovaText('nutrition-roi.v1-negative-x.json'),
    },
    { name: 'table-kbo', image: `${kbo}.png`, reference: clovaText('table-kbo.v2.json') },
  ];
}

/** Runs tesseract (one thread, so timings compare) and returns its tsv. */
export async function tesseractTsv(
  input: string,
  args: string[],
  langs = 'kor+eng',
): Promise<{ tsv: string; ms: number }> {
  const t0 = performance.now();
  const { stdout } = await run('tesseract', [input, 'stdout', '-l', langs, ...args, 'tsv'], {
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { tsv: stdout, ms: performance.now() - t0 };
}

export async function plainTesseractText(image: string, args: string[] = [], langs?: string) {
  const r = await tesseractTsv(image, args, langs);
  return { text: tsvWordsToText(parseTsvWords(r.tsv)), ms: r.ms };
}

/** The chosen pipeline end to end: preparePageForOcr, then tesseract as the engine would run it. */
export async function preparedTesseractText(image: string, workDir: string, opts?: PrepareOptions) {
  const t0 = performance.now();
  const outDir = await mkdtemp(path.join(workDir, 'prep-'));
  const prepared: PreparedPage = await preparePageForOcr(image, outDir, opts);
  const prepMs = performance.now() - t0;
  const r = await tesseractTsv(prepared.path, prepared.tesseractArgs);
  return { text: preparedText(r.tsv, prepared), ms: performance.now() - t0, prepMs, prepared };
}

export function cer(reference: string, text: string) {
  return { bag: bagOfCharsCer(reference, text), lineSorted: lineSortedCer(reference, text) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Time per page on a generated clean 300-dpi page: prepared pipeline over plain tesseract. */
export async function cleanPageTimeRatio(workDir: string, rounds = 3) {
  const page = path.join(workDir, 'clean-300dpi.png');
  const reference = await writeGeneratedPage(page, 300, 10);
  const plain: number[] = [];
  const prepared: number[] = [];
  const prep: number[] = [];
  let last: Awaited<ReturnType<typeof preparedTesseractText>> | undefined;
  let plainText = '';
  for (let i = 0; i < rounds; i++) {
    const p = await plainTesseractText(page);
    plain.push(p.ms);
    plainText = p.text;
    last = await preparedTesseractText(page, workDir);
    prepared.push(last.ms);
    prep.push(last.prepMs);
  }
  return {
    plainMs: median(plain),
    preparedMs: median(prepared),
    ratio: median(prepared) / median(plain),
    preprocessMs: median(prep),
    decision: last!.prepared.decision,
    cerPlain: cer(reference, plainText),
    cerPrepared: cer(reference, last!.text),
  };
}

export async function measurePhotoCer(): Promise<Metric[]> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'photo-cer-'));
  try {
    await mkdir(workDir, { recursive: true });
    const metrics: Metric[] = [];
    const docs = await loadPhotoDocs(workDir);
    if (docs) {
      const base: number[] = [];
      const chosen: number[] = [];
      for (const doc of docs) {
        const b = await plainTesseractText(doc.image);
        const c = await preparedTesseractText(doc.image, workDir);
        const cb = cer(doc.reference, b.text);
        const cc = cer(doc.reference, c.text);
        base.push(cb.bag);
        chosen.push(cc.bag);
        metrics.push({
          metric: `photo-cer.${doc.name}`,
          value: cc.bag,
          unit: 'bag-of-chars CER',
          target: cb.bag,
          pass: cc.bag < cb.bag,
          detail: {
            baseline: cb,
            chosen: cc,
            decision: c.prepared.decision,
            baselineMs: Math.round(b.ms),
            chosenMs: Math.round(c.ms),
          },
        });
      }
      const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
      metrics.push({
        metric: 'photo-cer.mean',
        value: mean(chosen),
        unit: 'bag-of-chars CER',
        target: mean(base),
        pass: mean(chosen) < mean(base),
        detail: { baseline: mean(base) },
      });
    } else {
      metrics.push({
        metric: 'photo-cer',
        value: NaN,
        unit: 'bag-of-chars CER',
        detail: 'skipped: no ../shared',
      });
    }
    const t = await cleanPageTimeRatio(workDir);
    metrics.push({
      metric: 'clean-page.time-ratio',
      value: t.ratio,
      unit: 'prepared/plain time',
      target: 1.1,
      pass: t.ratio <= 1.1,
      detail: t,
    });
    return metrics;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
