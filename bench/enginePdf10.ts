import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { koreanPage } from './engine/pages.ts';
import { rasterise, timeTesseract } from './engine/tesseractCli.ts';
import { measured, type Metric } from './metric.ts';
import { round } from './stats.ts';
import { createTesseractEngine } from '../src/server/engines/tesseract/index.ts';
import { tesseractLangs } from '../src/server/engines/tesseract/languages.ts';
import { PDF_DPI } from '../src/server/raster/limits.ts';
import { makePdf } from '../src/testing/documents.ts';
import { engineInputFor } from '../src/testing/engine-input.ts';

const PAGES = 10;
const ROUNDS = 2;

/**
 * engine.pdf10_speedup: a 10-page PDF through the engine (pages in parallel, one per core) against
 * the same pages one after another as a shell script would do it: pdftoppm then tesseract per page,
 * with the engine's arguments. Wall time of the sequential run over the engine's.
 */
export async function measureEnginePdf10(signal: AbortSignal): Promise<Metric[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-pdf10-'));
  try {
    const pages = await Promise.all(Array.from({ length: PAGES }, (_, i) => koreanPage(12, i)));
    const pdf = await makePdf(pages);
    const pdfPath = join(dir, 'doc.pdf');
    await writeFile(pdfPath, pdf);
    const langs = tesseractLangs(['ko']);
    const engine = createTesseractEngine({ tmpDir: dir });

    const viaEngine = async () => {
      const input = engineInputFor(pdf, dir, { format: 'pdf', lang: 'ko', signal });
      const t0 = performance.now();
      const out = await engine.run(input);
      const ms = performance.now() - t0;
      const images = (out.body as { images: { inferResult: string }[] }).images;
      if (images.length !== PAGES || images.some((im) => im.inferResult !== 'SUCCESS'))
        throw new Error('the engine did not read every page');
      return ms;
    };
    const sequential = async (round: number) => {
      const t0 = performance.now();
      for (let p = 1; p <= PAGES; p++) {
        signal.throwIfAborted();
        const prefix = join(dir, `seq-${round}-${p}`);
        const pgm = await rasterise(pdfPath, p, PDF_DPI, prefix, signal);
        await timeTesseract({ path: pgm, dpi: PDF_DPI }, prefix, langs, signal);
      }
      return performance.now() - t0;
    };
    // Best of ROUNDS each, in alternating order: other processes on the machine can only slow a
    // run down, and the faster run is the one less disturbed.
    const e: number[] = [];
    const s: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      if (i % 2 === 0) {
        e.push(await viaEngine());
        s.push(await sequential(i));
      } else {
        s.push(await sequential(i));
        e.push(await viaEngine());
      }
    }
    const engineMs = Math.min(...e);
    const sequentialMs = Math.min(...s);
    return [
      measured('engine.pdf10_speedup', sequentialMs / engineMs, {
        pages: PAGES,
        cores: availableParallelism(),
        engineMs: round(engineMs),
        sequentialMs: round(sequentialMs),
        engineMsPerPage: round(engineMs / PAGES),
        engineRunsMs: e.map((x) => round(x)),
        sequentialRunsMs: s.map((x) => round(x)),
      }),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
