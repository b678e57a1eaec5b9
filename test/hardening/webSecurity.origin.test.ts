import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { ErrorBodySchema, OcrResponseSchema } from '../../src/clova/index.ts';
import { buildApp } from '../../src/server/http/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { STATE_CHANGING } from '../../src/server/http/originGuard.ts';
import { registeredRoutes } from '../../src/server/http/routeTable.ts';
import { fakeEngine } from '../support/fakeEngine.ts';
import { formBody, messageJson } from '../support/formBody.ts';
import { smallPng } from '../support/images.ts';
import { webRequest } from '../support/webRequest.ts';
import type { WebAnswer } from '../support/webRequest.ts';

/**
 * Cross-site writes: any page the user visits may POST a form (no preflight) to 127.0.0.1. Every
 * state-changing route Fastify registered (the store's, added later, included: two stand-ins are
 * added here after buildApp) refuses other origins' pages with 403 before its handler runs, and
 * still serves the app's own pages and clients that send no Origin.
 */
const tesseract = fakeEngine('tesseract');
const storeCalls: string[] = [];
let app: FastifyInstance;
let origin = '';
let host = '';
let png: Buffer;

beforeAll(async () => {
  png = await smallPng();
  app = buildApp(loadConfig({ OCR_ENGINE: 'tesseract', LOG_LEVEL: 'silent', STORE: 'memory' }), {
    engines: { tesseract },
  });
  // Stand-ins for routes added after buildApp, the way a later feature adds its own.
  app.delete('/api/standin/documents/:id', async (r) => void storeCalls.push(r.url));
  app.patch('/api/standin/projects/:id', async (r) => void storeCalls.push(r.url));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  host = `127.0.0.1:${port}`;
});
afterAll(() => app.close());

const stateChanging = () =>
  registeredRoutes(app)
    .filter((r) => STATE_CHANGING.has(r.method))
    .map((r) => ({ method: r.method, path: r.url.replace(/:(\w+)/g, 'x-$1') }));

function send(route: { method: string; path: string }, headers: Array<[string, string]>, body?: Buffer) {
  return webRequest(origin, {
    method: route.method,
    path: route.path,
    headers: [['host', host], ...headers],
    body: body ?? Buffer.from(messageJson({}, { data: png.toString('base64') })),
  });
}

function expectForbidden(res: WebAnswer) {
  expect(res.status, res.text).toBe(403);
  expect(ErrorBodySchema.parse(JSON.parse(res.text)).code).toBe('0022');
  expect(res.headers['access-control-allow-origin']).toBeUndefined();
}

it('sees every state-changing route, the later ones included', () => {
  expect(stateChanging()).toEqual(
    expect.arrayContaining([
      { method: 'POST', path: '/api/ocr/general' },
      { method: 'POST', path: '/general' },
      { method: 'DELETE', path: '/api/documents/x-id' },
      { method: 'PATCH', path: '/api/projects/x-id' },
      { method: 'POST', path: '/api/projects/x-id/batches' },
      { method: 'DELETE', path: '/api/standin/documents/x-id' },
      { method: 'PATCH', path: '/api/standin/projects/x-id' },
    ]),
  );
});

describe('each state-changing route', () => {
  const attacks: Array<[string, Array<[string, string]>]> = [
    ['a cross-site Origin', [['origin', 'https://attacker.example']]],
    [
      'a cross-site Origin and Sec-Fetch-Site',
      [
        ['origin', 'https://attacker.example'],
        ['sec-fetch-site', 'cross-site'],
      ],
    ],
    ['Sec-Fetch-Site: cross-site without Origin', [['sec-fetch-site', 'cross-site']]],
    ['Sec-Fetch-Site: same-site without Origin', [['sec-fetch-site', 'same-site']]],
    [
      'a same-site page on another port',
      [
        ['origin', 'http://127.0.0.1:1'],
        ['sec-fetch-site', 'same-site'],
      ],
    ],
    ['another loopback name', [['origin', `http://localhost:${host.split(':')[1]}`]]],
    ['Origin: null (sandboxed frame)', [['origin', 'null']]],
    ['a rebinding page’s own origin', [['origin', 'http://127.0.0.1.attacker.example']]],
  ];
  const json: [string, string] = ['content-type', 'application/json'];
  it('refuses every kind of foreign page before the route runs', async () => {
    for (const route of stateChanging()) {
      for (const [name, headers] of attacks) {
        const before = tesseract.calls.length + storeCalls.length;
        const res = await send(route, [json, ...headers]);
        expect.soft(res.status, `${route.method} ${route.path}: ${name}`).toBe(403);
        expectForbidden(res);
        expect(tesseract.calls.length + storeCalls.length).toBe(before);
      }
    }
  });

  it('serves the app’s own pages and clients without Origin', async () => {
    // The OCR routes and the stand-ins answer 200 to this body; the store's own suites cover its routes.
    const answering = stateChanging().filter((r) => /general$|^\/api\/standin\//.test(r.path));
    for (const route of answering) {
      for (const headers of [
        [
          ['origin', origin],
          ['sec-fetch-site', 'same-origin'],
        ],
        [['origin', origin]],
        [],
      ] as Array<Array<[string, string]>>) {
        const res = await send(route, [json, ...headers]);
        expect(res.status, `${route.method} ${route.path} ${JSON.stringify(headers)}: ${res.text}`).toBe(200);
        expect(res.headers['access-control-allow-origin']).toBeUndefined();
      }
    }
    expect(storeCalls).toEqual(
      Array(3).fill('/api/standin/documents/x-id').concat(Array(3).fill('/api/standin/projects/x-id')),
    );
  });
});

describe('both published CLOVA client styles, without Origin, unchanged', () => {
  it('multipart message + file', async () => {
    const form = await formBody([
      { name: 'message', value: messageJson() },
      { name: 'file', file: png, fileName: 'a.png', type: 'image/png' },
    ]);
    const res = await send(
      { method: 'POST', path: '/general' },
      [['content-type', form.contentType]],
      form.body,
    );
    expect(res.status, res.text).toBe(200);
    expect(OcrResponseSchema.parse(JSON.parse(res.text)).requestId).toBe('req-1');
  });

  it('JSON with base64 images[0].data', async () => {
    const res = await send({ method: 'POST', path: '/api/ocr/general' }, [
      ['content-type', 'application/json'],
    ]);
    expect(res.status, res.text).toBe(200);
    expect(OcrResponseSchema.parse(JSON.parse(res.text)).images[0].inferResult).toBe('SUCCESS');
  });
});

describe('reading is not writing', () => {
  it('lets a foreign page’s GET through the origin check (the Host check still applies)', async () => {
    const res = await webRequest(origin, {
      path: '/api/engines',
      headers: [
        ['host', host],
        ['origin', 'https://attacker.example'],
        ['sec-fetch-site', 'cross-site'],
      ],
    });
    expect(res.status).toBe(200);
    // Without CORS_ORIGINS no page of another origin may read the answer.
    expect(Object.keys(res.headers).filter((k) => k.startsWith('access-control-'))).toEqual([]);
  });
});
