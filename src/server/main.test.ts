import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MAIN = join(import.meta.dirname, 'main.ts');
// Resolved from the project, since the child runs in a bare temp directory.
const TSX = new URL('../../node_modules/tsx/dist/loader.mjs', import.meta.url).href;
let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'main-'));
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

function start(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(CLOVA_|OCR_|RELAY_|PORT$|HOST$)/.test(k)),
  );
  const child = spawn(process.execPath, ['--import', TSX, MAIN], { cwd, env: { ...clean, ...env } });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, output: () => out, exited };
}

describe('main', () => {
  it('listens where .env says, serves, and exits cleanly on SIGTERM', async () => {
    await writeFile(
      join(cwd, '.env'),
      'HOST=127.0.0.1\nPORT=0\nCLOVA_OCR_SECRET=main-test-secret\nCLOVA_OCR_INVOKE_URL=http://127.0.0.1:9/general\n',
    );
    const { child, output, exited } = start({});
    let origin: string | undefined;
    while (!origin) {
      const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output());
      if (m) origin = m[1];
      else if (child.exitCode !== null) throw new Error(output());
      else await new Promise((r) => setTimeout(r, 50));
    }
    expect(await (await fetch(`${origin}/healthz`)).json()).toEqual({ ok: true });
    expect((await (await fetch(`${origin}/api/engines`)).json()).default).toBe('clova');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output()).toContain('shutting down');
    expect(output()).not.toContain('main-test-secret');
    await rm(join(cwd, '.env'));
  });

  it('refuses to listen beyond loopback without RELAY_ACCESS_KEY, naming the variable', async () => {
    const { output, exited } = start({ HOST: '0.0.0.0', PORT: '0', STORE: 'memory' });
    expect(await exited).toBe(1);
    expect(output()).toMatch(/RELAY_ACCESS_KEY/);
    expect(output()).toMatch(/ALLOW_OPEN_ACCESS=1/);
  });

  it('refuses a bad configuration with a message and exit code 1', async () => {
    const { output, exited } = start({ PORT: 'eighty', OCR_ENGINE: 'magic' });
    expect(await exited).toBe(1);
    expect(output()).toMatch(/PORT: must be a whole number/);
    expect(output()).toMatch(/OCR_ENGINE/);
  });
});
