import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ErrorBodySchema } from '../../clova/index.ts';
import { MAX_IMAGE_BYTES } from '../request/limits.ts';
import { fakeEngine } from '../testing/fakeEngine.ts';
import { formBody, messageJson } from '../testing/formBody.ts';
import type { FormPart } from '../testing/formBody.ts';
import { jpegClaimingSize, pngClaimingSize, smallJpeg, smallPng } from '../testing/images.ts';
import { startRelay } from '../testing/runningRelay.ts';
import type { RunningRelay } from '../testing/runningRelay.ts';
import { buildTiff } from '../testing/tiffBuilder.ts';

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

describe('POST /api/ocr/general refuses bad input with CLOVA errors and keeps serving', () => {
  const jsonCases: Array<[string, () => Promise<string | Buffer> | string, number, string, RegExp]> = [
    ['malformed JSON', () => '{"version": "V2", "images": [', 400, '0011', /not valid JSON/],
    ['a JSON array', () => '[]', 400, '0011', /must be a JSON object/],
    ['no image', () => jsonBody({ images: [] }), 400, '0011', /images/],
    [
      'two images',
      () =>
        jsonBody({
          images: [
            { format: 'png', name: 'a', data: 'AA==' },
            { format: 'png', name: 'b', data: 'AA==' },
          ],
        }),
      400,
      '0011',
      /exactly one image/,
    ],
    ['an unknown version', () => jsonBody({ version: 'V3' }), 400, '0021', /Protocol version not support/],
    ['an unknown lang', () => jsonBody({ lang: 'ko,fr' }), 400, '0011', /lang/],
    ['an unsupported format', () => jsonBody({}, { format: 'gif' }), 400, '0011', /images\[0\]\.format/],
    [
      'a format that does not match the bytes',
      async () => jsonBody({}, { format: 'png', data: (await smallJpeg()).toString('base64') }),
      400,
      '0011',
      /format is 'png' but the file is a JPEG/,
    ],
    ['neither data nor url', () => jsonBody({}, { data: undefined }), 400, '0011', /data \(base64\) or url/],
    ['bad base64', () => jsonBody({}, { data: '***' }), 400, '0011', /not valid base64/],
    [
      'a PNG decompression bomb',
      async () => jsonBody({}, { data: (await pngClaimingSize(40000, 40000)).toString('base64') }),
      400,
      '0011',
      /40000x40000 pixels \(1600\.0 MP\)/,
    ],
    [
      'a JPEG decompression bomb',
      async () =>
        jsonBody({}, { format: 'jpg', data: (await jpegClaimingSize(65000, 65000)).toString('base64') }),
      400,
      '0011',
      /65000x65000/,
    ],
    [
      'a TIFF with an oversized page',
      () =>
        jsonBody(
          {},
          {
            format: 'tiff',
            data: buildTiff(
              [
                { width: 10, height: 10 },
                { width: 30000, height: 30000 },
              ],
              'MM',
            ).toString('base64'),
          },
        ),
      400,
      '0011',
      /on page 2/,
    ],
    [
      'a url that is not http',
      () => jsonBody({}, { data: undefined, url: 'file:///etc/passwd' }),
      400,
      '0001',
      /not an absolute http/,
    ],
    [
      'a loopback url',
      () => jsonBody({}, { data: undefined, url: `http://127.0.0.1:${imagePort}/a.png` }),
      400,
      '0001',
      /loopback/,
    ],
    [
      'a decimal link-local url',
      () => jsonBody({}, { data: undefined, url: 'http://2852039166/latest/meta-data/' }),
      400,
      '0001',
      /169\.254\.169\.254, a link-local/,
    ],
    [
      'an IPv4-mapped url',
      () => jsonBody({}, { data: undefined, url: 'http://[::ffff:127.0.0.1]/' }),
      400,
      '0001',
      /IPv4-mapped/,
    ],
  ];
  it.each(jsonCases)('JSON with %s', async (_what, make, status, code, message) => {
    await expectClovaError(await postJson(await make()), status, code, message);
    await expectGoodRequestStillWorks();
  });

  const file = (data: Buffer = png): FormPart => ({
    name: 'file',
    file: data,
    fileName: 'x.png',
    type: 'image/png',
  });
  const message: FormPart = { name: 'message', value: messageJson() };
  const formCases: Array<[string, () => FormPart[], RegExp]> = [
    ['no file part', () => [message], /no 'file' part/],
    ['no message part', () => [file()], /no 'message' part/],
    ['two file parts', () => [message, file(), file()], /more than one file part/],
    [
      'too many parts',
      () => [...Array.from({ length: 12 }, (_, i) => ({ name: `x${i}`, value: 'y' })), message, file()],
      /more than 10 parts/,
    ],
    [
      'a message that is not JSON',
      () => [{ name: 'message', value: 'version=V2' }, file()],
      /not valid JSON/,
    ],
    [
      'an oversized message',
      () => [{ name: 'message', value: ' '.repeat(2 * 1024 * 1024) }, file()],
      /larger than 1 MB/,
    ],
    ['a __proto__ part', () => [{ name: '__proto__', value: '{}' }, message, file()], /reserved name/],
    ['a zero-byte file', () => [message, file(Buffer.alloc(0))], /empty \(0 bytes\)/],
  ];
  it.each(formCases)('multipart with %s', async (_what, parts, msg) => {
    await expectClovaError(await postForm(parts()), 400, '0011', msg);
    await expectGoodRequestStillWorks();
  });

  it('a content type that is neither JSON nor multipart', async () => {
    await expectClovaError(
      await relay.post('/api/ocr/general', { body: 'hello', headers: { 'content-type': 'text/plain' } }),
      400,
      '0011',
      /Content-Type must be/,
    );
    await expectGoodRequestStillWorks();
  });

  it('a malformed multipart body', async () => {
    const res = await relay.post('/api/ocr/general', {
      body: `--b\r\nContent-Disposition: form-data; name="message"\r\n\r\n${messageJson()}\r\n--b\r\nContent-Dispo`,
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
    });
    await expectClovaError(res, 400, '0011', /multipart/i);
    await expectGoodRequestStillWorks();
  });

  it('an unknown engine name and an unavailable engine', async () => {
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

  it('a JSON body over the limit, refused from its Content-Length', async () => {
    const big = Buffer.alloc(Math.ceil(MAX_IMAGE_BYTES / 3) * 4 + 2 * 1024 * 1024, 0x41);
    const res = await postJson(big);
    await expectClovaError(res, 400, '0011', /larger than .* MB.*at most 50 MB/);
    await expectGoodRequestStillWorks();
  });

  it('a chunked JSON body that grows past the limit, refused while streaming', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x41);
    const { status, body, sent } = await new Promise<{ status: number; body: string; sent: number }>(
      (resolve, reject) => {
        const req = httpRequest(`${relay.origin}/api/ocr/general`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
        });
        let sent = 0;
        let answered = false;
        req.on('response', (res) => {
          answered = true;
          let text = '';
          res.on('data', (d) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, sent }));
        });
        req.on('error', (err) => (answered ? undefined : reject(err)));
        req.write(
          '{"version":"V2","requestId":"r","timestamp":0,"images":[{"format":"png","name":"n","data":"',
        );
        const pump = () => {
          while (!answered && sent < 300 * 1024 * 1024) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
          if (!answered) req.end('"}]}');
        };
        pump();
      },
    );
    expect(status).toBe(400);
    expect(JSON.parse(body)).toMatchObject({ code: '0011', message: expect.stringMatching(/at most 50 MB/) });
    // The relay stopped reading near the limit, long before the 300 MB the client had to send.
    expect(sent).toBeLessThan(200 * 1024 * 1024);
    expect(await relay.tempEntries()).toEqual([]);
    await expectGoodRequestStillWorks();
  });

  it('a multipart file one byte over 50 MB, refused while streaming', async () => {
    const res = await postForm([message, file(Buffer.alloc(MAX_IMAGE_BYTES + 1, 7))]);
    await expectClovaError(res, 400, '0011', /larger than 50 MB, CLOVA's size limit/);
    await expectGoodRequestStillWorks();
  });

  it('a multipart file of exactly 50 MB passes the size check', async () => {
    const exact = Buffer.alloc(MAX_IMAGE_BYTES, 0);
    png.copy(exact);
    const res = await postForm([message, file(exact)]);
    // The bytes pass the size check and reach the pixel check (a PNG with trailing zeros is fine).
    expect(res.status).toBe(200);
    expect(tesseract.calls.at(-1)!.input.image?.size).toBe(MAX_IMAGE_BYTES);
  });
});

describe('client aborts', () => {
  it('removes the partial upload when the client goes away mid-file', async () => {
    const { body, contentType } = await formBody([
      { name: 'message', value: messageJson() },
      { name: 'file', file: Buffer.alloc(4 * 1024 * 1024), fileName: 'x.png' },
    ]);
    const req = httpRequest(`${relay.origin}/api/ocr/general`, {
      method: 'POST',
      headers: { 'content-type': contentType, 'content-length': String(body.length) },
    });
    req.on('error', () => undefined);
    req.write(body.subarray(0, 2 * 1024 * 1024));
    // Wait until the relay has started spooling, then drop the connection.
    while ((await relay.tempEntries()).length === 0) await new Promise((r) => setTimeout(r, 10));
    req.destroy();
    while ((await relay.tempEntries()).length > 0) await new Promise((r) => setTimeout(r, 10));
    expect(await relay.tempEntries()).toEqual([]);
    await expectGoodRequestStillWorks();
  });

  it('aborts the engine and removes temp files when the client leaves during OCR', async () => {
    let sawAbort = false;
    const slow = fakeEngine('tesseract', {
      behaviour: (input) =>
        new Promise((_resolve, reject) => {
          const stop = () => {
            sawAbort = true;
            reject(input.signal.reason);
          };
          if (input.signal.aborted) stop();
          else input.signal.addEventListener('abort', stop);
        }),
    });
    const other = await startRelay({}, { engines: { tesseract: slow, clova: clovaOff } });
    try {
      const ac = new AbortController();
      const pending = fetch(`${other.origin}/api/ocr/general`, {
        method: 'POST',
        body: jsonBody(),
        headers: { 'content-type': 'application/json' },
        signal: ac.signal,
      });
      while (slow.calls.length === 0) await new Promise((r) => setTimeout(r, 10));
      ac.abort();
      await expect(pending).rejects.toThrow();
      while (!sawAbort || (await other.tempEntries()).length > 0) await new Promise((r) => setTimeout(r, 10));
      expect(sawAbort).toBe(true);
      expect(await other.tempEntries()).toEqual([]);
    } finally {
      await other.close();
    }
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
