import { spawn } from 'node:child_process';
import { HELPER_MALLOC_TUNABLES } from './mallocTunables.ts';

/**
 * Runs a helper program (tesseract, pdftoppm, pdfinfo) with a minimal environment: the relay's
 * own environment holds the CLOVA secret, so it is never passed on.
 */
export interface ChildOptions {
  signal?: AbortSignal;
  /** Extra variables on top of the minimal environment. */
  env?: Record<string, string>;
}

export interface ChildResult {
  stdout: Buffer;
  stderr: string;
}

export class ChildError extends Error {
  constructor(
    message: string,
    readonly command: string,
    /** 'ENOENT' when the program is not installed, else the exit code or signal. */
    readonly reason: string | number,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'ChildError';
  }
}

/**
 * The variables a helper may need: where programs and tessdata are, a UTF-8 locale, and malloc
 * settings that spare it most page faults (see mallocTunables.ts).
 */
export function minimalEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    LANG: 'C.UTF-8',
    // Empty means not set, as in .env.
    GLIBC_TUNABLES: process.env.GLIBC_TUNABLES || HELPER_MALLOC_TUNABLES,
  };
  if (process.env.TESSDATA_PREFIX) env.TESSDATA_PREFIX = process.env.TESSDATA_PREFIX;
  return { ...env, ...extra };
}

/**
 * Resolves with the output when the program exits 0. On abort the child is killed and the promise
 * rejects only once it has exited, so the caller can safely delete the files it was using.
 */
export function runChild(
  command: string,
  args: readonly string[],
  opts: ChildOptions = {},
): Promise<ChildResult> {
  const { signal } = opts;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const child = spawn(command, args, { env: minimalEnv(opts.env), stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => {
      // Only the tail matters for an error message; keep memory bounded.
      err = (err + b.toString('utf8')).slice(-4000);
    });
    const onAbort = () => child.kill('SIGKILL');
    signal?.addEventListener('abort', onAbort, { once: true });
    let spawnError: NodeJS.ErrnoException | undefined;
    child.on('error', (e: NodeJS.ErrnoException) => (spawnError = e));
    child.on('close', (code, sig) => {
      signal?.removeEventListener('abort', onAbort);
      if (signal?.aborted) return reject(signal.reason);
      if (spawnError) {
        const reason = spawnError.code ?? 'spawn';
        return reject(new ChildError(`${command}: ${spawnError.message}`, command, reason, err));
      }
      if (code === 0) return resolve({ stdout: Buffer.concat(out), stderr: err });
      const lastLine = err.trim().split('\n').pop() ?? '';
      reject(
        new ChildError(`${command} exited with ${code ?? sig}: ${lastLine}`, command, code ?? sig ?? '', err),
      );
    });
  });
}
