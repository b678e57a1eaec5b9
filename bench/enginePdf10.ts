import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { cpuSince, cpuTime } from './engine/cpuTime.ts';
import { koreanPage } from './engine/pages.ts';
import { rasterise, timeTesseract, type CliEnv } from './engine/tesseractCli.ts';
import { measured, type Metric } from './metric.ts';
import { median, round } from './stats.ts';
import { createTesseractEngine } from '../src/server/engines/tesseract/index.ts';
import { tesseractLangs } from '../src/server/engines/tesseract/languages.ts';
import { PDF_DPI } from '../src/server/engines/tesseract/raster/limits.ts';
import { makePdf } from '../test/support/documents.ts';
import { engineInputFor } from '../test/support/engineInput.ts';

const PAGES = 10;
const ROUNDS = 3;

/**
 * engine.pdf10_speedup: a 10-page PDF through the engine (pages in parallel, one per core) against
 * the same pages one after another as a shell script would do it: pdftoppm then tesseract per page,
 * with the engine's arguments (and glibc's default malloc; one run with the engine's malloc
 * settings is in the detail). Wall time of the sequential run over the engine's; CPU time of both
 * in the detail (on a busy machine the parallel run can only be as fast as the free cores allow).
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
    const sequential = async (round: number | string, env: CliEnv = 'shell') => {
      const t0 = performance.now();
      for (let p = 1; p <= PAGES; p++) {
        signal.throwIfAborted();
        const prefix = join(dir, `seq-${round}-${p}`);
        const pgm = await rasterise(pdfPath, p, PDF_DPI, prefix, signal, env);
        await timeTesseract({ path: pgm, dpi: PDF_DPI }, prefix, langs, signal, env);
      }
      return performance.now() - t0;
    };
    // Rounds of one engine run and one sequential run back to back, in alternating order; the
    // figure is the median of the rounds' ratios, so a change in machine load between rounds
    // cannot make one side look faster.
    const e: number[] = [];
    const s: number[] = [];
    const ratios: number[] = [];
    const cpu = { engine: 0, sequential: 0 };
    for (let i = 0; i < ROUNDS; i++) {
      const timed = async (side: 'engine' | 'sequential') => {
        const c0 = cpuTime();
        const ms = side === 'engine' ? await viaEngine() : await sequential(i);
        cpu[side] += cpuSince(c0);
        return ms;
      };
      const first = i % 2 === 0 ? 'engine' : 'sequential';
      const a = await timed(first);
      const b = await timed(first === 'engine' ? 'sequential' : 'engine');
      const [engineMs, sequentialMs] = first === 'engine' ? [a, b] : [b, a];
      e.push(engineMs);
      s.push(sequentialMs);
      ratios.push(sequentialMs / engineMs);
    }
    // One more sequential run with the engine's malloc settings (see enginePageRatio.ts): what the
    // parallel pages gain beyond what the environment saves.
    const sequentialSameEnvMs = await sequential('same-env', 'same-env');
    return [
      measured('engine.pdf10_speedup', median(ratios), {
        pages: PAGES,
        cores: availableParallelism(),
        engineMs: round(median(e)),
        sequentialMs: round(median(s)),
        engineMsPerPage: round(median(e) / PAGES),
        ratios: ratios.map((r) => round(r, 3)),
        cpuMsPerRun: { engine: round(cpu.engine / ROUNDS), sequential: round(cpu.sequential / ROUNDS) },
        sequentialSameEnvMs: round(sequentialSameEnvMs),
        speedupOverSameEnv: round(sequentialSameEnvMs / median(e), 3),
      }),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
