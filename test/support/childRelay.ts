import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MAIN = join(import.meta.dirname, '../../src/server/http/main.ts');
// Resolved from the project: the child runs in a bare temp directory (so no .env is read).
const TSX = new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;

export interface ChildRelay {
  /** http://127.0.0.1:<port> */
  origin: string;
  pid: number;
  /** The relay's TMPDIR: empty whenever no request is in flight. */
  tmpDir: string;
  /** A directory above TMPDIR, for checking that nothing escapes it. */
  root: string;
  /** stdout and stderr so far (pino JSON lines). */
  output(): string;
  tempEntries(): Promise<string[]>;
  /** Resident set size of the relay process now, in bytes. */
  rss(): Promise<number>;
  /** Largest resident set size the relay process has had, in bytes. */
  peakRss(): Promise<number>;
  /** Program names of the relay's OCR helper processes (tesseract, pdftoppm, pdfinfo) right now. */
  ocrProcesses(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Runs the relay as `npm start` does (`node --import tsx src/server/http/main.ts`) on 127.0.0.1 with
 * a random port, its own TMPDIR and only the variables given: its memory is then the relay's
 * alone, measurable from /proc, not mixed with the test's own buffers.
 */
export async function startChildRelay(env: Record<string, string> = {}): Promise<ChildRelay> {
  const root = await mkdtemp(join(tmpdir(), 'relay-child-'));
  const tmpDir = join(root, 'a', 'b', 'tmp');
  await mkdir(tmpDir, { recursive: true });
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(CLOVA_|OCR_|RELAY_|URL_|MAX_|TESSERACT_|LOG_)|^(PORT|HOST|TMPDIR)$/.test(k),
    ),
  );
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', TSX, MAIN], {
    cwd: root,
    env: { ...inherited, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', TMPDIR: tmpDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const pid = child.pid ?? 0;

  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(origin, child, () => out);
  } catch (err) {
    child.kill('SIGKILL');
    await exited;
    await rm(root, { recursive: true, force: true });
    throw err;
  }
  return {
    origin,
    pid,
    tmpDir,
    root,
    output: () => out,
    // tsx keeps its compile cache in TMPDIR (tsx-<uid>): not the relay's temp files.
    tempEntries: async () => (await readdir(tmpDir)).filter((e) => !/^tsx-\d+$/.test(e)),
    rss: () => statusKb(pid, 'VmRSS'),
    peakRss: () => statusKb(pid, 'VmHWM'),
    ocrProcesses: async () =>
      (await childCommands(pid)).filter((c) => /^(tesseract|pdftoppm|pdfinfo)$/.test(c)),
    close: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(timer);
      }
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** A port nothing listens on right now (the relay takes it a moment later; loopback only). */
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

/** Waits until /healthz answers, whatever the log level (so no log line is relied on). */
async function waitForHealth(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`relay did not start:\n${output().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function statusKb(pid: number, key: 'VmRSS' | 'VmHWM'): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!m) throw new Error(`no ${key} for pid ${pid}`);
  return Number(m[1]) * 1024;
}

/** Command names of the direct children of `pid` (tsx's esbuild service among them). */
async function childCommands(pid: number): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid ...": the name may hold spaces, so split after its parenthesis.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) found.push(stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
    } catch {
      // The process ended while being read.
    }
  }
  return found;
}
