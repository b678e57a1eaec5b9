import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuSince, cpuTime } from './engine/cpuTime.ts';
import { koreanPage, koreanPageLines } from './engine/pages.ts';
import { timePlainTesseract, timeTesseract } from './engine/tesseractCli.ts';
import { measured, type Metric } from './metric.ts';
import { median, round } from './stats.ts';
import { createTesseractEngine } from '../src/server/engines/tesseract/index.ts';
import { tesseractLangs } from '../src/server/engines/tesseract/languages.ts';
import { engineInputFor } from '../test/support/engineInput.ts';
import { responseText } from '../test/support/responseText.ts';
import { cer } from '../src/model/review/metrics.ts';
import type { OcrResponse } from '../src/clova/index.ts';

const ROUNDS = 5;
const LINES = 32;
/** A speed ratio means nothing on a misread page (this page was once read at CER 0.80, see HISTORY.md). */
const MAX_READ_CER = 0.02;
const PLAIN_ROUNDS = 2;

/**
 * engine.page_ratio: the embedded engine's time for one page (a 300-dpi A4 Korean text page,
 * lang=ko) over tesseract run directly on the same PNG with the engine's own arguments and
 * OMP_THREAD_LIMIT=1, as a shell runs it (glibc's default malloc; the engine's malloc settings
 * are in the detail's same-env figures). The figure is the median of per-round ratios, each round running the two
 * back to back (in alternating order), so a change in machine load hits both sides of a ratio.
 */
export async function measureEnginePageRatio(signal: AbortSignal): Promise<Metric[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-engine-'));
  try {
    const png = await koreanPage(LINES);
    const page = join(dir, 'page.png');
    await writeFile(page, png);
    const langs = tesseractLangs(['ko']);
    const engine = createTesseractEngine({ tmpDir: dir });
    const engineCpu: number[] = [];
    let readCer = 1;
    const directCpu: number[] = [];
    const direct = async (i: number) => {
      const cpu0 = cpuTime();
      const ms = await timeTesseract({ path: page }, join(dir, `direct-${i}`), langs, signal);
      directCpu.push(cpuSince(cpu0));
      return ms;
    };
    const viaEngine = async () => {
      const input = engineInputFor(png, dir, { format: 'png', lang: 'ko', signal });
      const cpu0 = cpuTime();
      const t0 = performance.now();
      const out = await engine.run(input);
      const ms = performance.now() - t0;
      engineCpu.push(cpuSince(cpu0));
      if (out.status !== 200) throw new Error(`the engine answered ${out.status}`);
      readCer = cer(koreanPageLines(LINES).join('\n'), responseText(out.body as OcrResponse));
      if (readCer > MAX_READ_CER) throw new Error(`the engine misread the page (CER ${round(readCer, 3)})`);
      return ms;
    };
    // Warm-up: the engine lists installed languages once; the page cache gets the traineddata.
    await viaEngine();
    await timeTesseract({ path: page }, join(dir, 'warm'), langs, signal);
    engineCpu.length = 0;
    const e: number[] = [];
    const d: number[] = [];
    const ratios: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      signal.throwIfAborted();
      let engineMs: number;
      let directMs: number;
      if (i % 2 === 0) {
        engineMs = await viaEngine();
        directMs = await direct(i);
      } else {
        directMs = await direct(i);
        engineMs = await viaEngine();
      }
      e.push(engineMs);
      d.push(directMs);
      ratios.push(engineMs / directMs);
    }
    const plain: number[] = [];
    const sameEnv: number[] = [];
    for (let i = 0; i < PLAIN_ROUNDS; i++) {
      plain.push(await timePlainTesseract(page, join(dir, `plain-${i}`), langs, signal));
      sameEnv.push(await timeTesseract({ path: page }, join(dir, `same-${i}`), langs, signal, 'same-env'));
    }
    return [
      measured('engine.page_ratio', median(ratios), {
        page: `2481x3508 PNG, ${LINES} lines of Korean, 12 pt`,
        engineCer: round(readCer, 4),
        langs: langs.join('+'),
        engineMs: round(median(e)),
        directSameArgsMs: round(median(d)),
        directPlainMs: round(median(plain)),
        ratios: ratios.map((r) => round(r, 3)),
        cpuRatio: round(median(engineCpu) / median(directCpu), 3),
        engineCpuMs: round(median(engineCpu)),
        directCpuMs: round(median(directCpu)),
        ratioToPlain: round(median(e) / median(plain), 3),
        // The engine gives tesseract malloc settings that spare page faults; the CLI above runs as a
        // shell runs it. Against the CLI given the same settings, the ratio is the engine's own cost.
        directSameEnvMs: round(median(sameEnv)),
        ratioToSameEnv: round(median(e) / median(sameEnv), 3),
      }),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
