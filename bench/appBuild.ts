import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const VITE = join(ROOT, 'node_modules', '.bin', 'vite');

export interface AppBuild {
  dir: string;
  ms: number;
  remove(): Promise<void>;
}

/**
 * Builds the app with `vite build` into a temp directory, not dist/: the figures are for the
 * sources as they are now, and a shared dist/ is left alone.
 */
export async function buildAppForBench(signal?: AbortSignal): Promise<AppBuild> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-dist-'));
  const t0 = performance.now();
  try {
    await promisify(execFile)(VITE, ['build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: ROOT,
      signal,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (e) {
    await rm(dir, { recursive: true, force: true });
    throw e;
  }
  return { dir, ms: performance.now() - t0, remove: () => rm(dir, { recursive: true, force: true }) };
}
