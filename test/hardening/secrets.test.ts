import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formBody, messageJson } from '../support/formBody.ts';
import { smallPng } from '../support/images.ts';
import { startStubClova } from '../support/stubClova.ts';
import type { StubClova } from '../support/stubClova.ts';
import { startChildRelay } from '../support/childRelay.ts';
import type { ChildRelay } from '../support/childRelay.ts';

/**
 * The CLOVA secret (and the relay's own access key) must reach no file of the built app, no
 * answer and no log line. The app is built with both in the environment; the relay runs with
 * both, logging at trace level, and is driven through success, every kind of failure and the
 * static pages.
 */

const ROOT = join(import.meta.dirname, '../..');
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');
const SECRET = `clova-${randomBytes(12).toString('hex')}`;
const ACCESS_KEY = `door-${randomBytes(12).toString('hex')}`;
const forms = (s: string) => [s, Buffer.from(s).toString('base64'), Buffer.from(s).toString('hex')];

let outDir: string;
let stub: StubClova;
let relay: ChildRelay;
let png: Buffer;
/** Every status line, header and body the relay sent. */
const answers: string[] = [];

function run(cmd: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${cmd} exited ${code}:\n${out}`)),
    );
  });
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

beforeAll(async () => {
  png = await smallPng();
  outDir = await mkdtemp(join(tmpdir(), 'secret-build-'));
  stub = await startStubClova({ secret: SECRET });
  const [, started] = await Promise.all([
    run(process.execPath, [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      CLOVA_OCR_SECRET: SECRET,
      RELAY_ACCESS_KEY: ACCESS_KEY,
      CLOVA_OCR_INVOKE_URL: stub.url,
    }),
    startChildRelay({
      CLOVA_OCR_INVOKE_URL: stub.url,
      CLOVA_OCR_SECRET: SECRET,
      RELAY_ACCESS_KEY: ACCESS_KEY,
      CLOVA_TIMEOUT_MS: '300',
      CLOVA_MAX_RETRIES: '1',
      LOG_LEVEL: 'trace',
    }),
  ]);
  relay = started;
}, 120_000);
afterAll(async () => {
  await relay?.close();
  await stub?.close();
  await rm(outDir, { recursive: true, force: true });
});

async function send(
  path: string,
  init: { method?: string; body?: string | Buffer; headers?: Record<string, string> } = {},
) {
  const res = await fetch(relay.origin + path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    body: init.body as BodyInit | undefined,
    headers: init.headers,
  });
  const text = await res.text();
  answers.push(`${res.status} ${JSON.stringify([...res.headers])}\n${text}`);
  return res.status;
}

const json = () =>
  JSON.stringify({
    version: 'V2',
    requestId: 'r',
    timestamp: 0,
    images: [{ format: 'png', name: 'p', data: png.toString('base64') }],
  });
const ocr = (headers: Record<string, string> = {}, body = json()) =>
  send('/api/ocr/general', {
    body,
    headers: { 'content-type': 'application/json', 'x-ocr-secret': ACCESS_KEY, ...headers },
  });

describe('secrets', () => {
  it('the built app holds neither secret in any file', async () => {
    const files = await filesUnder(outDir);
    expect(files.some((f) => f.endsWith('index.html'))).toBe(true);
    expect(files.some((f) => f.endsWith('.js'))).toBe(true);
    for (const f of files) {
      const text = (await readFile(f)).toString('latin1');
      for (const s of [...forms(SECRET), ...forms(ACCESS_KEY)]) expect(text.includes(s), f).toBe(false);
    }
  });

  it('the relay answers success, every failure and its pages without either secret', async () => {
    // Success, JSON and multipart, both engines.
    expect(await ocr()).toBe(200);
    const { body, contentType } = await formBody([
      { name: 'message', value: messageJson() },
      { name: 'file', file: png, fileName: 'p.png', type: 'image/png' },
    ]);
    expect(await ocr({ 'content-type': contentType }, body as unknown as string)).toBe(200);
    expect(await ocr({ 'x-ocr-engine': 'tesseract' })).toBe(200);
    // The access key missing, wrong, or the CLOVA secret sent in its place.
    expect(await ocr({ 'x-ocr-secret': '' })).toBe(401);
    expect(await ocr({ 'x-ocr-secret': 'wrong' })).toBe(401);
    expect(await ocr({ 'x-ocr-secret': SECRET })).toBe(401);
    // CLOVA failing in each way: its errors, a timeout, resets, broken answers.
    for (const code of ['0002', '0011', '0025', '0028', '0500', '0501'] as const) {
      // 0025 is retried once (CLOVA_MAX_RETRIES 1), so it is queued for both attempts.
      stub.queue(
        ...Array.from({ length: code === '0025' ? 2 : 1 }, () => ({ kind: 'error' as const, code })),
      );
      expect(await ocr()).toBeGreaterThanOrEqual(400);
    }
    for (const mode of [
      { kind: 'delay', ms: 2000 },
      { kind: 'non-json' },
      { kind: 'truncated-json' },
      { kind: 'cut' },
    ] as const) {
      stub.queue(mode);
      expect(await ocr()).toBeGreaterThanOrEqual(500);
    }
    stub.defaultMode = { kind: 'reset' };
    expect(await ocr()).toBe(502);
    stub.defaultMode = { kind: 'fixture' };
    // Bad input, unknown routes, engine info, health and the app's pages.
    expect(await ocr({}, '{"version":')).toBe(400);
    expect(await ocr({ 'x-ocr-engine': 'nope' })).toBe(400);
    expect(await send('/api/nothing')).toBe(404);
    expect(await send('/api/engines')).toBe(200);
    expect(await send('/healthz')).toBe(200);
    await send('/');

    // The relay did hold the secret: CLOVA received it on every call.
    expect(stub.requests.length).toBeGreaterThan(10);
    expect(stub.requests.every((r) => r.headers['x-ocr-secret'] === SECRET)).toBe(true);
    const all = answers.join('\n');
    expect(answers.length).toBeGreaterThan(20);
    for (const s of [...forms(SECRET), ...forms(ACCESS_KEY)]) expect(all.includes(s)).toBe(false);
  });

  it('no log line holds either secret, at trace level', () => {
    const lines = relay.output().split('\n');
    expect(lines.length).toBeGreaterThan(30);
    // Trace level logs request headers: the secret header is there, censored.
    expect(lines.some((l) => l.includes('x-ocr-secret') && l.includes('[redacted]'))).toBe(true);
    for (const s of [...forms(SECRET), ...forms(ACCESS_KEY)]) {
      expect(lines.filter((l) => l.includes(s))).toEqual([]);
    }
  });
});
