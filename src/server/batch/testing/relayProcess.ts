import { spawn } from 'node:child_process';
import { join } from 'node:path';

const MAIN = join(import.meta.dirname, '../../main.ts');
// Resolved from the project: the child runs in a temp directory (so no .env is read).
const TSX = new URL('../../../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;

export interface RelayProcess {
  origin: string;
  output(): string;
  kill(signal: NodeJS.Signals): Promise<void>;
  api(path: string, init?: RequestInit): Promise<Response>;
}

/**
 * `node --import tsx src/server/main.ts` as `npm start` runs it, on 127.0.0.1 and a port the
 * system picks (PORT=0), with only the variables given (plus PATH and the like).
 */
export async function startRelayProcess(cwd: string, env: Record<string, string>): Promise<RelayProcess> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) =>
        !/^(CLOVA_|OCR_|RELAY_|URL_|MAX_|TESSERACT_|LOG_|BATCH_|STORE$|DATABASE_URL$)|^(PORT|HOST)$/.test(k),
    ),
  );
  const child = spawn(process.execPath, ['--import', TSX, MAIN], {
    cwd,
    env: { ...inherited, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  let origin: string | undefined;
  const deadline = Date.now() + 30_000;
  while (!origin) {
    const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
    if (m) origin = m[1];
    else if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`relay did not start:\n${out.slice(-2000)}`);
    } else await new Promise((r) => setTimeout(r, 50));
  }
  const base = origin;
  return {
    origin: base,
    output: () => out,
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
    api: (path, init = {}) =>
      fetch(base + path, {
        ...init,
        headers: {
          ...(init.body && typeof init.body === 'string' ? { 'content-type': 'application/json' } : {}),
          ...init.headers,
        },
      }),
  };
}
