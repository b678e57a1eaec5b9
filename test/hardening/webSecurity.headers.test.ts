import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SECURITY_HEADERS } from '../../src/server/http/securityHeaders.ts';
import { fakeEngine } from '../support/fakeEngine.ts';
import { messageJson } from '../support/formBody.ts';
import { smallPng } from '../support/images.ts';
import { startRelay } from '../support/runningRelay.ts';
import type { RunningRelay } from '../support/runningRelay.ts';
import { ownHost, webRequest } from '../support/webRequest.ts';
import type { WebRequest } from '../support/webRequest.ts';

/** Security headers on every kind of answer, and CORS only for the origins CORS_ORIGINS lists. */
const KEY = 'door-key-4411';
let relay: RunningRelay;
let cors: RunningRelay;
let root: string;
// Top level: the tables below are built when the file is collected.
const png = await smallPng();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'relay-static-'));
  await mkdir(join(root, 'assets'));
  await writeFile(
    join(root, 'index.html'),
    '<!doctype html><script type="module" src="/assets/a.js"></script>',
  );
  await writeFile(join(root, 'assets', 'a.js'), 'console.log(1)');
  const engines = { tesseract: fakeEngine('tesseract') };
  relay = await startRelay({ OCR_ENGINE: 'tesseract', RELAY_ACCESS_KEY: KEY }, { engines, staticRoot: root });
  cors = await startRelay(
    { OCR_ENGINE: 'tesseract', CORS_ORIGINS: 'https://tool.example, http://localhost:3000/' },
    { engines },
  );
});
afterAll(async () => {
  await relay.close();
  await cors.close();
  await rm(root, { recursive: true, force: true });
});

const ocrBody = () => messageJson({}, { data: png.toString('base64') });
const at = (r: RunningRelay, req: WebRequest) =>
  webRequest(r.origin, { ...req, headers: [['host', ownHost(r.origin)], ...(req.headers ?? [])] });

describe('security headers', () => {
  const json: [string, string] = ['content-type', 'application/json'];
  const key: [string, string] = ['x-ocr-secret', KEY];
  const kinds: Array<[string, number, WebRequest]> = [
    ['the app page', 200, { path: '/' }],
    ['a static file', 200, { path: '/assets/a.js' }],
    ['a client route (index.html fallback)', 200, { path: '/projects/7' }],
    ['HEAD of the app', 200, { method: 'HEAD', path: '/' }],
    ['engines JSON', 200, { path: '/api/engines' }],
    ['health', 200, { path: '/healthz' }],
    ['a sample file', 200, { path: '/api/samples/tiff-2-pages' }],
    ['an OCR answer', 200, { method: 'POST', path: '/general', headers: [json, key], body: ocrBody() }],
    ['an API 404', 404, { path: '/api/nothing' }],
    ['an unknown sample', 404, { path: '/api/samples/nope' }],
    ['an OPTIONS without CORS', 404, { method: 'OPTIONS', path: '/api/ocr/general' }],
    ['a bad body', 400, { method: 'POST', path: '/api/ocr/general', headers: [json, key], body: '{' }],
    [
      'a missing access key',
      401,
      { method: 'POST', path: '/api/ocr/general', headers: [json], body: ocrBody() },
    ],
    [
      'a cross-site refusal',
      403,
      { method: 'POST', path: '/general', headers: [['origin', 'https://x.example']] },
    ],
  ];
  it.each(kinds)('on %s (%i)', async (_name, status, req) => {
    const res = await at(relay, req);
    expect(res.status, res.text).toBe(status);
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(res.headers[k], k).toBe(v);
    expect(Object.keys(res.headers).filter((k) => k.startsWith('access-control-'))).toEqual([]);
  });

  it('on a foreign Host’s 421', async () => {
    const res = await webRequest(relay.origin, { path: '/', headers: [['host', 'attacker.example']] });
    expect(res.status).toBe(421);
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(res.headers[k], k).toBe(v);
  });

  it('on an answer written before Fastify parses anything (bytes that are not HTTP)', async () => {
    const text = await new Promise<string>((resolve) => {
      const socket = connect(Number(new URL(relay.origin).port), '127.0.0.1');
      let got = '';
      socket.on('data', (d) => (got += d));
      socket.on('error', () => undefined);
      socket.on('close', () => resolve(got));
      socket.write('NOT HTTP AT ALL\r\n\r\n');
    });
    expect(text).toMatch(/^HTTP\/1\.1 400 /);
    for (const [k, v] of Object.entries(SECURITY_HEADERS))
      expect(text.toLowerCase()).toContain(`${k}: ${v.toLowerCase()}`);
  });

  it('the policy allows no eval, no inline script and no framing', () => {
    const csp = SECURITY_HEADERS['content-security-policy'];
    expect(csp).not.toMatch(/unsafe-(eval|inline)|\*/);
    for (const d of [
      "default-src 'self'",
      "script-src 'self'",
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'none'",
    ])
      expect(csp).toContain(d);
  });
});

describe('CORS_ORIGINS', () => {
  const preflight = (origin: string, method = 'POST') =>
    at(cors, {
      method: 'OPTIONS',
      path: '/api/ocr/general',
      headers: [
        ['origin', origin],
        ['access-control-request-method', method],
        ['access-control-request-headers', 'content-type,x-ocr-secret,x-ocr-engine'],
      ],
    });

  it.each(['https://tool.example', 'http://localhost:3000'])(
    'answers a preflight from the listed %s',
    async (o) => {
      const res = await preflight(o);
      expect(res.status).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe(o);
      expect(res.headers['access-control-allow-methods']).toMatch(/POST/);
      expect(String(res.headers['access-control-allow-headers']).toLowerCase()).toBe(
        'content-type, x-ocr-secret, x-ocr-engine',
      );
      expect(res.headers.vary).toBe('Origin');
      expect(res.headers['content-security-policy']).toBe(SECURITY_HEADERS['content-security-policy']);
    },
  );

  it.each(['https://attacker.example', 'https://tool.example:8443', 'http://tool.example', 'null'])(
    'gives no CORS header to %s',
    async (o) => {
      const res = await preflight(o);
      expect(res.status).not.toBe(204);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.headers.vary).toBe('Origin');
    },
  );

  it('lets a listed origin’s page run OCR and read the answer; others stay refused', async () => {
    const post = (o: string) =>
      at(cors, {
        method: 'POST',
        path: '/api/ocr/general',
        headers: [
          ['content-type', 'application/json'],
          ['origin', o],
          ['sec-fetch-site', 'cross-site'],
        ],
        body: ocrBody(),
      });
    const listed = await post('https://tool.example');
    expect(listed.status, listed.text).toBe(200);
    expect(listed.headers['access-control-allow-origin']).toBe('https://tool.example');
    const other = await post('https://attacker.example');
    expect(other.status).toBe(403);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
