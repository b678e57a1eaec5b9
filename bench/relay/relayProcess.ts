import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

const MAIN = resolve(import.meta.dirname, '../../src/server/http/main.ts');
const TSX = import.meta.resolve('tsx');
const START_TIMEOUT_MS = 30_000;

export interface RelayProcess {
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

/** A port free on 127.0.0.1 right now (the relay takes it a moment later). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls /healthz until it answers 200, the process is gone, or START_TIMEOUT_MS pass. */
async function waitForHealth(origin: string, gone: () => boolean, signal?: AbortSignal): Promise<void> {
  const deadline = performance.now() + START_TIMEOUT_MS;
  while (performance.now() < deadline && !gone()) {
    signal?.throwIfAborted();
    const ok = await fetch(`${origin}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!gone()) throw new Error('the relay did not answer /healthz in time');
}

/**
 * The real relay (`src/server/http/main.ts`) as its own process on 127.0.0.1 and a free port, as
 * `npm start` runs it. Its environment holds only PATH, HOME and `env`, so no credential of the
 * caller's shell reaches it; it runs in an empty directory, so no .env is read either.
 */
export async function startRelayProcess(
  env: Record<string, string>,
  signal?: AbortSignal,
  /** Extra Node flags for the child, e.g. `--cpu-prof` to profile the relay under a benchmark. */
  nodeArgs: string[] = [],
): Promise<RelayProcess> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-relay-'));
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, '--import', TSX, MAIN], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dir,
      HOST: '127.0.0.1',
      PORT: String(port),
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
  // Drain stdout for the process's whole life: a full pipe would stall its logger.
  child.stdout.resume();
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(origin, () => child.exitCode !== null || child.signalCode !== null, signal);
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(
        `the relay exited (${child.exitCode ?? child.signalCode}): ${stderr.join('').slice(-500)}`,
      );
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
