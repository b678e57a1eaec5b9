import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tesseractArgs } from '../../src/server/engines/tesseract/recognisePage.ts';
import { HELPER_MALLOC_TUNABLES } from '../../src/server/engines/tesseract/processes/mallocTunables.ts';

const run = promisify(execFile);

/**
 * How the CLI runs: as a shell runs it (glibc's default malloc), with one OpenMP thread and UTF-8
 * like the engine. 'same-env' adds the engine's malloc settings too (src/server/engines/tesseract/processes/mallocTunables.ts),
 * to tell what the engine adds from what its environment saves.
 */
export type CliEnv = 'shell' | 'same-env';

const ENV = { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8', OMP_THREAD_LIMIT: '1' };
const envFor = (env: CliEnv) => (env === 'shell' ? ENV : { ...ENV, GLIBC_TUNABLES: HELPER_MALLOC_TUNABLES });

/**
 * Runs tesseract directly on a page with exactly the engine's arguments (same language list, page
 * segmentation, outputs) and returns the wall time in ms.
 */
export async function timeTesseract(
  page: { path: string; dpi?: number },
  outBase: string,
  langs: readonly string[],
  signal?: AbortSignal,
  env: CliEnv = 'shell',
): Promise<number> {
  const t0 = performance.now();
  await run('tesseract', tesseractArgs(page, outBase, langs), {
    env: envFor(env),
    signal,
  });
  return performance.now() - t0;
}

/** tesseract as a user would type it: `tesseract page.png out -l kor+eng tsv`. */
export async function timePlainTesseract(
  path: string,
  outBase: string,
  langs: readonly string[],
  signal?: AbortSignal,
): Promise<number> {
  const t0 = performance.now();
  await run('tesseract', [path, outBase, '-l', langs.join('+'), 'tsv'], { env: ENV, signal });
  return performance.now() - t0;
}

/** pdftoppm as the engine calls it (grayscale PGM at `dpi`), for one 1-based page. */
export async function rasterise(
  pdf: string,
  page: number,
  dpi: number,
  prefix: string,
  signal?: AbortSignal,
  env: CliEnv = 'shell',
) {
  const n = String(page);
  await run('pdftoppm', ['-r', String(dpi), '-gray', '-f', n, '-l', n, '-singlefile', pdf, prefix], {
    env: envFor(env),
    signal,
  });
  return `${prefix}.pgm`;
}
