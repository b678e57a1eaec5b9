import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const MAIN = resolve(import.meta.dirname, '../../src/server/main.ts');
const TSX = import.meta.resolve('tsx');
const START_TIMEOUT_MS = 30_000;

export interface RelayProcess {
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * The real relay (`src/server/main.ts`) as its own process on 127.0.0.1 and a free port, as
 * `npm start` runs it. Its environment holds only PATH, HOME and `env`, so no credential of the
 * caller's shell reaches it; it runs in an empty directory, so no .env is read either.
 */
export async function startRelayProcess(
  env: Record<string, string>,
  signal?: AbortSignal,
): Promise<RelayProcess> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-relay-'));
  const child = spawn(process.execPath, ['--import', TSX, MAIN], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dir,
      HOST: '127.0.0.1',
      PORT: '0',
      TMPDIR: dir,
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killer);
    }
    await rm(dir, { recursive: true, force: true });
  };
  const onAbort = () => void stop();
  signal?.addEventListener('abort', onAbort, { once: true });

  const stderr: string[] = [];
  child.stderr.on('data', (d: Buffer) => stderr.push(String(d)));
  try {
    const origin = await new Promise<string>((resolveOrigin, reject) => {
      const timer = setTimeout(
        () => reject(new Error('the relay did not start listening in time')),
        START_TIMEOUT_MS,
      );
      // Keep reading stdout for the process's whole life: a full pipe would stall its logger.
      createInterface({ input: child.stdout }).on('line', (line) => {
        const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(line);
        if (m) {
          clearTimeout(timer);
          resolveOrigin(m[1]);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the relay exited with ${code} before listening: ${stderr.join('').slice(-500)}`));
      });
    });
    return {
      origin,
      pid: child.pid!,
      stop: async () => {
        signal?.removeEventListener('abort', onAbort);
        await stop();
      },
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
