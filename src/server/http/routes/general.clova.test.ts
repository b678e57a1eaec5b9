import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../clova/index.ts';
import type { ErrorCode } from '../../../clova/index.ts';
import { fakeEngine } from '../../../../test/support/fakeEngine.ts';
import { formBody, messageJson } from '../../../../test/support/formBody.ts';
import { smallPng } from '../../../../test/support/images.ts';
import { startRelay } from '../../../../test/support/runningRelay.ts';
import type { RunningRelay } from '../../../../test/support/runningRelay.ts';
import { fixtureBytes, startStubClova } from '../../../../test/support/stubClova.ts';
import type { StubClova } from '../../../../test/support/stubClova.ts';

const SECRET = 'clova-secret-7d2e9a';
let stub: StubClova;
let relay: RunningRelay;
let png: Buffer;
const responses: string[] = [];

beforeAll(async () => {
  png = await smallPng();
  stub = await startStubClova({ secret: SECRET });
  relay = await startRelay(
    {
      CLOVA_OCR_INVOKE_URL: stub.url,
      CLOVA_OCR_SECRET: SECRET,
      CLOVA_TIMEOUT_MS: '400',
      CLOVA_MAX_CONCURRENCY: '2',
      CLOVA_MAX_RETRIES: '1',
    },
    { engines: { tesseract: fakeEngine('tesseract') } },
  );
});
afterAll(async () => {
  await relay.close();
  await stub.close();
});
afterEach(async () => {
  stub.requests.length = 0;
  stub.maxInFlight = 0;
  stub.defaultMode = { kind: 'fixture' };
  expect(await relay.tempEntries()).toEqual([]);
});

const json = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    version: 'V2',
    requestId: 'r1',
    timestamp: 0,
    images: [{ format: 'png', name: 'p', data: png.toString('base64') }],
    ...over,
  });

async function send(
  body: string | Buffer,
  contentType = 'application/json',
  headers: Record<string, string> = {},
) {
  const res = await relay.post('/api/ocr/general', {
    body,
    headers: { 'content-type': contentType, ...headers },
  });
  const bytes = Buffer.from(await res.arrayBuffer());
  responses.push(bytes.toString('utf8'), JSON.stringify([...res.headers]));
  return {
    status: res.status,
    bytes,
    type: res.headers.get('content-type'),
    json: () => JSON.parse(bytes.toString('utf8')),
  };
}

describe('the clova engine behind the relay', () => {
  it('is the default when CLOVA is configured, and says so without the secret or path', async () => {
    const res = await fetch(`${relay.origin}/api/engines`);
    const text = await res.text();
    responses.push(text);
    const report = JSON.parse(text);
    expect(report.default).toBe('clova');
    expect(report.engines[0]).toEqual({ name: 'clova', available: true, host: new URL(stub.url).host });
    expect(text).not.toContain('/custom/v1');
  });

  it('relays a JSON request and answers CLOVA bytes unchanged', async () => {
    const body = json({ lang: 'ko' });
    const res = await send(body);
    expect(res.status).toBe(200);
    expect(res.bytes.equals(fixtureBytes())).toBe(true);
    expect(res.type).toBe('application/json;charset=UTF-8');
    expect(stub.requests[0].rawMessage).toBe(body);
    expect(stub.requests[0].headers['x-ocr-secret']).toBe(SECRET);
  });

  it('relays each saved CLOVA response byte for byte', async () => {
    for (const name of [
      'table-kbo.v2.json',
      'business-license.v1-vertical.json',
      'table-weekly-menu.v2.json',
    ]) {
      stub.queue({ kind: 'fixture', name });
      const res = await send(json());
      expect(res.bytes.equals(fixtureBytes(name))).toBe(true);
    }
  });

  it('relays a multipart request as multipart, file streamed unchanged', async () => {
    const message = messageJson({ version: 'v1' });
    const { body, contentType } = await formBody([
      { name: 'file', file: png, fileName: 'x.png', type: 'image/png' },
      { name: 'message', value: message },
    ]);
    const res = await send(body, contentType);
    expect(res.bytes.equals(fixtureBytes())).toBe(true);
    expect(stub.requests[0]).toMatchObject({
      kind: 'multipart',
      rawMessage: message,
      file: { name: 'x.png', size: png.length },
    });
  });

  it('forwards a url request to CLOVA without fetching it', async () => {
    const body = json({
      images: [{ format: 'jpg', name: 'u', url: 'http://127.0.0.1:1/never-fetched.jpg' }],
    });
    const res = await send(body);
    expect(res.status).toBe(200);
    expect(stub.requests[0].rawMessage).toBe(body);
  });

  it.each((Object.keys(ERROR_CODES) as ErrorCode[]).filter((c) => c !== '0025'))(
    'relays CLOVA error %s unchanged',
    async (code) => {
      stub.queue({ kind: 'error', code });
      const res = await send(json());
      expect(res.status).toBe(ERROR_CODES[code].status);
      expect(res.json()).toMatchObject({
        code,
        message: ERROR_CODES[code].message,
        path: '/custom/v1/12345/0123456789abcdef/general',
      });
    },
  );

  // Timeouts, resets, retried 0025s and broken answers are in test/hardening/faults/clova.test.ts.

  it('keeps at most CLOVA_MAX_CONCURRENCY calls in flight', async () => {
    stub.defaultMode = { kind: 'delay', ms: 100 };
    const all = await Promise.all(Array.from({ length: 7 }, () => send(json())));
    expect(all.map((r) => r.status)).toEqual(Array(7).fill(200));
    expect(stub.maxInFlight).toBe(2);
  });

  it('lets a request pick tesseract with X-OCR-Engine', async () => {
    const res = await send(json(), 'application/json', { 'x-ocr-engine': 'tesseract' });
    expect(res.status).toBe(200);
    expect(stub.requests).toHaveLength(0);
  });

  it('never forwards the client X-OCR-SECRET', async () => {
    const res = await send(json(), 'application/json', { 'x-ocr-secret': 'client-sent-value' });
    expect(res.status).toBe(200);
    // Multipart parsing logs its options, request headers included, at trace level.
    const { body, contentType } = await formBody([
      { name: 'message', value: messageJson() },
      { name: 'file', file: png },
    ]);
    expect((await send(body, contentType, { 'x-ocr-secret': 'client-sent-value' })).status).toBe(200);
    expect(stub.requests.map((r) => r.headers['x-ocr-secret'])).toEqual([SECRET, SECRET]);
    expect(relay.logs.some((l) => l.includes('busboyOptions'))).toBe(true);
    expect(relay.logs.join('')).not.toContain('client-sent-value');
  });

  // Runs last: every answer and log line of the tests above, errors and timeouts included.
  it('let CLOVA_OCR_SECRET into no response and no log line', () => {
    expect(responses.length).toBeGreaterThan(10);
    expect(responses.join('\n')).not.toContain(SECRET);
    expect(relay.logs.length).toBeGreaterThan(10);
    expect(relay.logs.join('')).not.toContain(SECRET);
  });
});
