/**
 * Measures the embedded tesseract engine on generated pages:
 *   1. character error rate per language (and token F1: do fields split where CLOVA's would?)
 *   2. kor vs kor+eng on Korean text with and without English words
 *   3. PDF rasterising at 200 vs 300 dpi
 *   4. time per page: the engine vs tesseract run directly on the same page image
 * Usage: node --import tsx bench/experiments/measureEngine.ts [--quick] [--only=accuracy|langs|dpi|speed]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OcrResponse } from '../../src/clova/index.ts';
import { createTesseractEngine } from '../../src/server/engines/tesseract/index.ts';
import { recognisePage } from '../../src/server/engines/tesseract/recognisePage.ts';
import { PDF_DPI } from '../../src/server/engines/tesseract/raster/limits.ts';
import { rasterisePdfPage } from '../../src/server/engines/tesseract/raster/pdfPage.ts';
import { cer } from '../../src/model/review/metrics.ts';
import { makePdf, renderTextPage } from '../../test/support/documents.ts';
import { engineInputFor } from '../../test/support/engineInput.ts';
import { responseText } from '../../test/support/responseText.ts';
import { sampleLines, type DocLang } from '../../test/support/sampleText.ts';
import { MIXED, tokenF1, mean, median, f3 } from './engineMeasures.ts';

const quick = process.argv.includes('--quick');
const dir = mkdtempSync(join(tmpdir(), 'measure-engine-'));
const engine = createTesseractEngine({ tmpDir: dir });
const signal = new AbortController().signal;

async function ocr(png: Buffer, lang: string | undefined, format = 'png'): Promise<OcrResponse> {
  const out = await engine.run(engineInputFor(png, dir, { format, lang }));
  return out.body as OcrResponse;
}

async function accuracy() {
  console.log('\n## 1. Engine accuracy on generated pages (CER, token F1), 9-14 pt at 200/300 dpi');
  const sizes = quick
    ? [[300, 12]]
    : [
        [200, 10],
        [200, 12],
        [300, 10],
        [300, 12],
        [300, 14],
        [200, 9],
      ];
  const cases: [string, DocLang, string | undefined, readonly string[]][] = [
    ['ko', 'ko', 'ko', sampleLines('ko')],
    ['ja', 'ja', 'ja', sampleLines('ja')],
    ['zh-TW', 'zh-TW', 'zh-TW', sampleLines('zh-TW')],
    ['en', 'en', 'en', sampleLines('en')],
    ['ko,en mixed', 'ko', 'ko,en', MIXED.ko],
    ['ja mixed', 'ja', 'ja', MIXED.ja],
    ['zh-TW mixed', 'zh-TW', 'zh-TW', MIXED['zh-TW']],
    ['no lang (ko)', 'ko', undefined, sampleLines('ko')],
  ];
  for (const [label, docLang, lang, lines] of cases) {
    const cers: number[] = [];
    const f1s: number[] = [];
    for (const [dpi, fontSize] of sizes) {
      const png = await renderTextPage({ lines, lang: docLang, dpi, fontSize, height: dpi * 3 });
      const res = await ocr(png, lang);
      cers.push(cer(lines.join('\n'), responseText(res)));
      f1s.push(
        tokenF1(
          lines.join(' ').split(/\s+/),
          res.images[0].fields!.map((f) => f.inferText),
        ),
      );
    }
    console.log(
      `${label.padEnd(14)} CER mean ${f3(mean(cers))} max ${f3(Math.max(...cers))} | token F1 mean ${f3(mean(f1s))} min ${f3(Math.min(...f1s))}`,
    );
  }
}

async function langChoice() {
  console.log('\n## 2. Language list choice (CER, mean over 200/300 dpi x 10/12 pt, same pipeline)');
  const sets: [string, DocLang, readonly string[], string[][]][] = [
    ['Korean', 'ko', sampleLines('ko'), [['kor'], ['kor', 'eng']]],
    ['Korean+English', 'ko', MIXED.ko, [['kor'], ['kor', 'eng']]],
    ['Japanese', 'ja', sampleLines('ja'), [['jpn'], ['jpn', 'eng']]],
    ['Japanese+English', 'ja', MIXED.ja, [['jpn'], ['jpn', 'eng']]],
    ['Chinese+English', 'zh-TW', MIXED['zh-TW'], [['chi_tra'], ['chi_tra', 'eng']]],
  ];
  for (const [label, lang, lines, choices] of sets) {
    const row: string[] = [];
    for (const langs of choices) {
      const cers: number[] = [];
      const times: number[] = [];
      for (const [dpi, fontSize] of quick
        ? [[300, 12]]
        : [
            [200, 10],
            [200, 12],
            [300, 10],
            [300, 12],
          ]) {
        const path = join(dir, 'choice.png');
        writeFileSync(path, await renderTextPage({ lines, lang, dpi, fontSize, height: dpi * 3 }));
        const t0 = performance.now();
        const runs = await recognisePage(
          { path, width: 0, height: 0 },
          { tesseractPath: 'tesseract', langs, workDir: dir, pageIndex: 0, signal },
        );
        times.push(performance.now() - t0);
        cers.push(cer(lines.join(''), runs.flatMap((l) => l.runs.map((r) => r.text)).join('')));
      }
      row.push(`${langs.join('+')}: CER ${f3(mean(cers))} ${Math.round(mean(times))} ms`);
    }
    console.log(`${label.padEnd(17)} ${row.join(' | ')}`);
  }
}

async function pdfDpi() {
  console.log('\n## 3. PDF rasterising dpi (pages drawn at 300 dpi; CER by font size, ms per page)');
  const sizes = [7, 8, 10, 12];
  const tess = { ko: ['kor'], ja: ['jpn'], 'zh-TW': ['chi_tra'], en: ['eng'] };
  const pages: { lines: readonly string[]; langs: string[]; size: number; png: Buffer }[] = [];
  for (const lang of ['ko', 'ja', 'zh-TW', 'en'] as const)
    for (const size of sizes) {
      const lines = sampleLines(lang);
      const png = await renderTextPage({ lines, lang, fontSize: size, height: 900 });
      pages.push({ lines, langs: tess[lang], size, png });
    }
  const pdf = join(dir, 'dpi.pdf');
  writeFileSync(pdf, await makePdf(pages.map((p) => p.png)));
  const dpis = [150, 200, 300];
  const cers = new Map<string, number[]>();
  const times = new Map<number, number[]>();
  for (let i = 0; i < pages.length; i++)
    // Interleaved per page, so machine load hits every dpi alike.
    for (const dpi of dpis) {
      const t0 = performance.now();
      const page = await rasterisePdfPage(pdf, i, dpi, dir, signal);
      const runs = await recognisePage(page, {
        tesseractPath: 'tesseract',
        langs: pages[i].langs,
        workDir: dir,
        pageIndex: i,
        signal,
      });
      (times.get(dpi) ?? times.set(dpi, []).get(dpi)!).push(performance.now() - t0);
      const rate = cer(pages[i].lines.join(''), runs.flatMap((l) => l.runs.map((r) => r.text)).join(''));
      const key = `${dpi}/${pages[i].size}`;
      (cers.get(key) ?? cers.set(key, []).get(key)!).push(rate);
    }
  for (const dpi of dpis) {
    const bySize = sizes.map((s) => `${s} pt ${f3(mean(cers.get(`${dpi}/${s}`)!))}`).join(', ');
    console.log(`${dpi} dpi: CER ${bySize} | ${Math.round(mean(times.get(dpi)!))} ms per page`);
  }
}

function timeDirect(args: string[], env: NodeJS.ProcessEnv): number {
  const t0 = performance.now();
  execFileSync('tesseract', args, { stdio: 'ignore', env });
  return performance.now() - t0;
}

async function speed() {
  console.log('\n## 4. Time per page: engine vs tesseract directly on the same page image (medians)');
  const lines = Array.from({ length: 8 }, () => sampleLines('ko')).flat();
  const png = await renderTextPage({ lines, lang: 'ko' });
  const path = join(dir, 'speed.png');
  writeFileSync(path, png);
  const env1 = { PATH: process.env.PATH, OMP_THREAD_LIMIT: '1' };
  const envDefault = { PATH: process.env.PATH };
  const out = join(dir, 'direct');
  const same = [
    path,
    out,
    '-l',
    'kor',
    '--psm',
    '4',
    '-c',
    'preserve_interword_spaces=1',
    '-c',
    'textord_use_cjk_fp_model=1',
    'txt',
    'tsv',
  ];
  const briefCmd = [path, '-', '-l', 'kor', 'tsv'];
  const rounds = quick ? 2 : 7;
  const t = {
    engine: [] as number[],
    same: [] as number[],
    kor1: [] as number[],
    korDefault: [] as number[],
  };
  for (let i = 0; i < rounds; i++) {
    // Interleaved, so load from other processes on the machine hits every variant alike.
    const t0 = performance.now();
    await ocr(png, 'ko');
    t.engine.push(performance.now() - t0);
    t.same.push(timeDirect(same, env1));
    t.kor1.push(timeDirect(briefCmd, env1));
    if (i < 2) t.korDefault.push(timeDirect(briefCmd, envDefault));
  }
  const e = median(t.engine);
  console.log(`A4 Korean page (${lines.length} lines, 2481x3507):`);
  console.log(`  engine, lang=ko (kor, psm 4, txt+tsv)                 ${Math.round(e)} ms`);
  console.log(
    `  tesseract, same arguments, OMP_THREAD_LIMIT=1          ${Math.round(median(t.same))} ms  -> engine/direct ${(e / median(t.same)).toFixed(3)}`,
  );
  console.log(
    `  tesseract page.png - -l kor tsv, OMP_THREAD_LIMIT=1    ${Math.round(median(t.kor1))} ms  -> engine/direct ${(e / median(t.kor1)).toFixed(3)}`,
  );
  console.log(
    `  tesseract page.png - -l kor tsv, default OpenMP        ${Math.round(median(t.korDefault))} ms  -> engine/direct ${(e / median(t.korDefault)).toFixed(3)}`,
  );

  // Multi-page: a 4-page PDF through the engine (2 pages at a time on 2 cores) vs one-by-one direct.
  const pdfPages = 4;
  const pdf = await makePdf(Array.from({ length: pdfPages }, () => png));
  const pdfPath = join(dir, 'speed.pdf');
  writeFileSync(pdfPath, pdf);
  const pe: number[] = [];
  const pd: number[] = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    const t0 = performance.now();
    await ocr(pdf, 'ko', 'pdf');
    pe.push((performance.now() - t0) / pdfPages);
    const t1 = performance.now();
    for (let p = 1; p <= pdfPages; p++) {
      execFileSync('pdftoppm', [
        '-r',
        String(PDF_DPI),
        '-gray',
        '-f',
        String(p),
        '-l',
        String(p),
        '-singlefile',
        pdfPath,
        join(dir, 'direct-page'),
      ]);
      execFileSync(
        'tesseract',
        [
          join(dir, 'direct-page.pgm'),
          out,
          '-l',
          'kor',
          '--psm',
          '4',
          '--dpi',
          String(PDF_DPI),
          '-c',
          'preserve_interword_spaces=1',
          '-c',
          'textord_use_cjk_fp_model=1',
          'txt',
          'tsv',
        ],
        { stdio: 'ignore', env: env1 },
      );
    }
    pd.push((performance.now() - t1) / pdfPages);
  }
  console.log(`${pdfPages}-page PDF of that page, wall time per page:`);
  console.log(`  engine (pages in parallel)                             ${Math.round(median(pe))} ms`);
  console.log(
    `  pdftoppm + tesseract one page after the other          ${Math.round(median(pd))} ms  -> engine/direct ${(median(pe) / median(pd)).toFixed(3)}`,
  );
}

try {
  console.log(
    `tesseract ${execFileSync('tesseract', ['--version']).toString().split('\n')[0]}; ${(await import('node:os')).availableParallelism()} cores`,
  );
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
  if (!only || only === 'accuracy') await accuracy();
  if (!only || only === 'langs') await langChoice();
  if (!only || only === 'dpi') await pdfDpi();
  if (!only || only === 'speed') await speed();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
