import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ErrorBodySchema } from '../../../clova/index.ts';
import { fakeEngine } from '../../../../test/support/fakeEngine.ts';
import { formBody, messageJson } from '../../../../test/support/formBody.ts';
import type { FormPart } from '../../../../test/support/formBody.ts';
import { smallPng } from '../../../../test/support/images.ts';
import { startRelay } from '../../../../test/support/runningRelay.ts';
import type { RunningRelay } from '../../../../test/support/runningRelay.ts';

let relay: RunningRelay;
let imageServer: Server;
let imagePort: number;
let png: Buffer;
const tesseract = fakeEngine('tesseract');
const clovaOff = fakeEngine('clova', {
  availability: { available: false, reason: 'CLOVA_OCR_INVOKE_URL and CLOVA_OCR_SECRET are not set' },
});

beforeAll(async () => {
  png = await smallPng();
  imageServer = createServer((req, res) => {
    if (req.url === '/a.png') res.writeHead(200, { 'content-type': 'image/png' }).end(png);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => imageServer.listen(0, '127.0.0.1', r));
  imagePort = (imageServer.address() as AddressInfo).port;
  relay = await startRelay(
    { OCR_URL_ALLOWLIST: 'img.localtest' },
    {
      engines: { tesseract, clova: clovaOff },
      // Only the allowlisted test name resolves, and only to loopback.
      resolver: async (host) => (host === 'img.localtest' ? [{ address: '127.0.0.1', family: 4 }] : []),
    },
  );
});
afterAll(async () => {
  await relay.close();
  await new Promise((r) => imageServer.close(r));
});

const jsonBody = (over: Record<string, unknown> = {}, image: Record<string, unknown> = {}) =>
  JSON.stringify({
    version: 'V2',
    requestId: 'r1',
    timestamp: 0,
    images: [{ format: 'png', name: 'p', data: png.toString('base64'), ...image }],
    ...over,
  });

const postJson = (body: string | Buffer, headers: Record<string, string> = {}) =>
  relay.post('/api/ocr/general', { body, headers: { 'content-type': 'application/json', ...headers } });

async function postForm(parts: FormPart[], headers: Record<string, string> = {}) {
  const { body, contentType } = await formBody(parts);
  return relay.post('/api/ocr/general', { body, headers: { 'content-type': contentType, ...headers } });
}

async function expectGoodRequestStillWorks() {
  const res = await postJson(jsonBody());
  expect(res.status).toBe(200);
}

async function expectClovaError(res: Response, status: number, code: string, message: RegExp) {
  const body = ErrorBodySchema.parse(await res.json());
  expect({ status: res.status, code: body.code }).toEqual({ status, code });
  expect(body.message).toMatch(message);
  expect(body.path).toBe('/api/ocr/general');
  expect(body.traceId).toMatch(/^[0-9a-f]{32}$/);
  expect(await relay.tempEntries()).toEqual([]);
}

describe('POST /api/ocr/general with good requests', () => {
  it('takes a JSON body with base64 data and hands the engine the exact bytes', async () => {
    const res = await postJson(jsonBody({ lang: 'ko,en', version: 'v1' }));
    expect(res.status).toBe(200);
    expect((await res.json()).images[0].name).toBe('p');
    const call = tesseract.calls.at(-1)!;
    expect(call.bytes?.equals(png)).toBe(true);
    expect(call.input).toMatchObject({
      version: 'V1',
      langs: ['ko', 'en'],
      multipart: false,
      image: { format: 'png', size: png.length },
    });
    expect(await relay.tempEntries()).toEqual([]);
  });

  it('takes multipart with the file before the message', async () => {
    const res = await postForm([
      { name: 'file', file: png, fileName: 'scan.png', type: 'image/png' },
      { name: 'message', value: messageJson() },
    ]);
    expect(res.status).toBe(200);
    const call = tesseract.calls.at(-1)!;
    expect(call.bytes?.equals(png)).toBe(true);
    expect(call.input).toMatchObject({
      multipart: true,
      image: { fileName: 'scan.png', mimeType: 'image/png' },
      original: { message: messageJson() },
    });
  });

  it('fetches images[0].url for the tesseract engine from an allowlisted host', async () => {
    const res = await postJson(
      jsonBody({}, { data: undefined, url: `http://img.localtest:${imagePort}/a.png` }),
    );
    expect(res.status).toBe(200);
    expect(tesseract.calls.at(-1)!.bytes?.equals(png)).toBe(true);
    expect(await relay.tempEntries()).toEqual([]);
  });

  it('answers at /general too, for clients that append it to the invoke URL', async () => {
    const res = await relay.post('/general', {
      body: jsonBody(),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(200);
  });

  it('drops __proto__ keys and still serves the request', async () => {
    const body = jsonBody().replace('{', '{"__proto__":{"polluted":true},');
    const res = await postJson(body);
    expect(res.status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

// The bad-input suite (sizes, files, bombs, PDFs, malformed requests, names, options) is in
// test/hardening/badInput.test.ts; URL refusals are in test/hardening/ssrf.test.ts; client aborts
// in test/hardening/faults/clients.test.ts.
describe('engine choice', () => {
  it('refuses an unknown engine name and an unavailable engine', async () => {
    await expectClovaError(
      await postJson(jsonBody(), { 'x-ocr-engine': 'gpt-4' }),
      400,
      '0022',
      /must be clova or tesseract/,
    );
    await expectClovaError(
      await postJson(jsonBody(), { 'x-ocr-engine': 'clova' }),
      503,
      '0500',
      /clova engine is not available: CLOVA_OCR_INVOKE_URL and CLOVA_OCR_SECRET are not set/,
    );
    await expectGoodRequestStillWorks();
  });
});

describe('access key', () => {
  it('requires RELAY_ACCESS_KEY as X-OCR-SECRET when set', async () => {
    const locked = await startRelay(
      { RELAY_ACCESS_KEY: 'door-key-123' },
      { engines: { tesseract, clova: clovaOff } },
    );
    try {
      const send = (headers: Record<string, string>) =>
        locked.post('/api/ocr/general', {
          body: jsonBody(),
          headers: { 'content-type': 'application/json', ...headers },
        });
      for (const headers of [{}, { 'x-ocr-secret': 'wrong' }] as Array<Record<string, string>>) {
        const res = await send(headers);
        expect(res.status).toBe(401);
        const text = await res.text();
        expect(JSON.parse(text).code).toBe('0002');
        expect(text).not.toContain('door-key-123');
      }
      expect((await send({ 'x-ocr-secret': 'door-key-123' })).status).toBe(200);
      expect(locked.logs.join('')).not.toContain('door-key-123');
    } finally {
      await locked.close();
    }
  });
});
