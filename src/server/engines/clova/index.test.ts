import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ERROR_CODES } from '../../../clova/index.ts';
import type { ErrorCode, OcrRequest } from '../../../clova/index.ts';
import type { ClovaConfig } from '../../config.ts';
import { RelayError } from '../../errors.ts';
import { fileBytes, memoryBytes } from '../../bytes/spooledBytes.ts';
import { smallPng } from '../../../../test/support/images.ts';
import { SPOOL_KINDS } from '../../../../test/support/spooled.ts';
import type { SpoolKind } from '../../../../test/support/spooled.ts';
import { fixtureBytes, startStubClova } from '../../../../test/support/stubClova.ts';
import type { StubClova } from '../../../../test/support/stubClova.ts';
import { Secret } from '../../util/secret.ts';
import type { EngineInput } from '../engine.ts';
import { CLOVA_NOT_CONFIGURED, createClovaEngine } from './index.ts';

const SECRET = 'stub-secret-4f1c';
const warnings: unknown[] = [];
const logger = { warn: (o: unknown) => void warnings.push(o), info: () => undefined, debug: () => undefined };
let stub: StubClova;
let dir: string;
let pngPath: string;
let png: Buffer;

beforeAll(async () => {
  stub = await startStubClova({ secret: SECRET });
  dir = await mkdtemp(join(tmpdir(), 'clova-engine-'));
  png = await smallPng();
  pngPath = join(dir, 'a.png');
  await writeFile(pngPath, png);
});
afterAll(async () => {
  await stub.close();
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  stub.requests.length = 0;
  stub.maxInFlight = 0;
  stub.defaultMode = { kind: 'fixture' };
});

const cfg = (over: Partial<ClovaConfig> = {}): ClovaConfig => ({
  invokeUrl: stub.url,
  secret: new Secret(SECRET),
  timeoutMs: 5000,
  maxConcurrency: 5,
  maxRetries: 2,
  maxQueue: 100,
  ...over,
});
const engine = (over: Partial<ClovaConfig> = {}) => createClovaEngine(cfg(over), { logger, retryBaseMs: 10 });

const request: OcrRequest = {
  version: 'V2',
  requestId: 'r-1',
  timestamp: 0,
  images: [{ format: 'png', name: 'demo' }],
};
let bodies = 0;
function jsonInput(signal = new AbortController().signal): EngineInput {
  const raw = Buffer.from(
    JSON.stringify(
      { ...request, images: [{ format: 'png', name: 'demo', data: png.toString('base64') }] },
      null,
      1,
    ),
  );
  const path = join(dir, `body-${bodies++}.json`);
  writeFileSync(path, raw);
  return {
    request,
    version: 'V2',
    multipart: false,
    original: { jsonFile: { path, size: raw.length } },
    signal,
    traceId: 't',
  };
}
/** The upload as the relay holds it: a spool file, or (small uploads) the chunks it arrived in. */
function multipartInput(kind: SpoolKind = 'file'): EngineInput {
  const bytes =
    kind === 'file'
      ? fileBytes(pngPath, png.length)
      : memoryBytes([png.subarray(0, 100), png.subarray(100)], async () => join(dir, 'never'));
  return {
    request,
    version: 'V2',
    multipart: true,
    image: {
      bytes,
      size: png.length,
      format: 'png',
      fileName: 'a.png',
      mimeType: 'image/png',
    },
    original: {
      message:
        '{"version": "v2", "requestId": "r-1", "timestamp": 0, "images": [{"format": "png", "name": "demo"}]}',
    },
    signal: new AbortController().signal,
    traceId: 't',
  };
}
async function relayError(p: Promise<unknown>): Promise<RelayError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof RelayError) return e;
    throw e;
  }
  throw new Error('expected a RelayError');
}

describe('clova engine', () => {
  it('forwards a JSON body unchanged with the relay secret and passes the answer through byte for byte', async () => {
    const input = jsonInput();
    const out = await engine().run(input);
    expect(out.status).toBe(200);
    expect(out.raw?.equals(fixtureBytes())).toBe(true);
    expect(out.headers?.['content-type']).toBe('application/json;charset=UTF-8');
    expect(stub.requests).toHaveLength(1);
    expect(stub.requests[0].rawMessage).toBe(readFileSync(input.original!.jsonFile!.path, 'utf8'));
    expect(stub.requests[0].headers['x-ocr-secret']).toBe(SECRET);
  });

  it.each(SPOOL_KINDS)(
    're-sends multipart requests with the same message text and file bytes (%s)',
    async (kind) => {
      const out = await engine().run(multipartInput(kind));
      expect(out.raw?.equals(fixtureBytes())).toBe(true);
      const seen = stub.requests[0];
      expect(seen.kind).toBe('multipart');
      expect(seen.rawMessage).toBe(multipartInput().original?.message);
      expect(seen.file).toMatchObject({ name: 'a.png', type: 'image/png', size: png.length });
      expect(seen.file?.sha256).toBe(createHash('sha256').update(png).digest('hex'));
    },
  );

  it.each(Object.keys(ERROR_CODES) as ErrorCode[])(
    'passes CLOVA error %s through unchanged',
    async (code) => {
      stub.queue({ kind: 'error', code });
      const out = await engine({ maxRetries: 0 }).run(jsonInput());
      expect(out.status).toBe(ERROR_CODES[code].status);
      expect(out.body).toMatchObject({ code, message: ERROR_CODES[code].message });
      expect(JSON.parse(out.raw!.toString())).toEqual(out.body);
    },
  );

  it('passes a 401 through when the relay has the wrong secret', async () => {
    const out = await engine({ secret: new Secret('wrong') }).run(jsonInput());
    expect(out.status).toBe(401);
    expect(out.body).toMatchObject({ code: '0002' });
  });

  it.each(SPOOL_KINDS)('retries a 0025 rate limit and then answers (upload in %s)', async (kind) => {
    stub.queue({ kind: 'error', code: '0025' }, { kind: 'error', code: '0025' });
    const out = await engine({ maxRetries: 2 }).run(multipartInput(kind));
    expect(out.status).toBe(200);
    expect(stub.requests).toHaveLength(3);
    // Every attempt sent the whole file again, from disk or from the held chunks.
    expect(stub.requests.map((r) => r.file?.sha256)).toEqual(
      Array(3).fill(createHash('sha256').update(png).digest('hex')),
    );
  });

  it('gives up on 0025 after CLOVA_MAX_RETRIES and relays the error', async () => {
    stub.defaultMode = { kind: 'error', code: '0025' };
    const out = await engine({ maxRetries: 1 }).run(jsonInput());
    expect(out.body).toMatchObject({ code: '0025' });
    expect(stub.requests).toHaveLength(2);
  });

  it.each(SPOOL_KINDS)('retries a connection reset before any answer (upload in %s)', async (kind) => {
    stub.queue({ kind: 'reset' });
    const out = await engine().run(multipartInput(kind));
    expect(out.status).toBe(200);
    expect(stub.requests).toHaveLength(2);
    expect(stub.requests.every((r) => r.file?.size === png.length)).toBe(true);
  });

  it('explains resets that do not stop', async () => {
    stub.defaultMode = { kind: 'reset' };
    const e = await relayError(engine({ maxRetries: 2 }).run(jsonInput()));
    expect(e.status).toBe(502);
    expect(e.code).toBe('0500');
    expect(e.message).toMatch(
      /could not be reached at 127\.0\.0\.1:\d+: connection failed \(ECONNRESET\), 3 attempt/,
    );
    expect(stub.requests).toHaveLength(3);
  });

  it('answers a clear 504 when CLOVA is too slow, without retrying', async () => {
    stub.queue({ kind: 'delay', ms: 2000 });
    const e = await relayError(engine({ timeoutMs: 200 }).run(jsonInput()));
    expect(e.status).toBe(504);
    expect(e.message).toContain('CLOVA did not answer within 200 ms');
    expect(stub.requests).toHaveLength(1);
  });

  it.each([
    ['non-json', /not JSON \(text\/html, \d+ bytes\)/],
    ['truncated-json', /not JSON \(application\/json/],
    ['cut', /middle of its answer/],
  ] as const)('turns a %s answer into a clear 502', async (kind, message) => {
    stub.queue({ kind });
    const e = await relayError(engine().run(jsonInput()));
    expect(e.status).toBe(502);
    expect(e.message).toMatch(message);
  });

  it('explains an unreachable CLOVA', async () => {
    const free = createServer();
    await new Promise<void>((r) => free.listen(0, '127.0.0.1', r));
    const port = (free.address() as AddressInfo).port;
    await new Promise((r) => free.close(r));
    const e = await relayError(
      engine({ invokeUrl: `http://127.0.0.1:${port}/general`, maxRetries: 1 }).run(jsonInput()),
    );
    expect(e.status).toBe(502);
    expect(e.message).toContain('ECONNREFUSED');
  });

  it('never runs more than CLOVA_MAX_CONCURRENCY calls at once', async () => {
    stub.defaultMode = { kind: 'delay', ms: 100 };
    const e = engine({ maxConcurrency: 3 });
    const outs = await Promise.all(Array.from({ length: 10 }, () => e.run(jsonInput())));
    expect(outs.every((o) => o.status === 200)).toBe(true);
    expect(stub.requests).toHaveLength(10);
    expect(stub.maxInFlight).toBe(3);
  });

  it('refuses clearly when too many calls are waiting', async () => {
    stub.defaultMode = { kind: 'delay', ms: 200 };
    const e = engine({ maxConcurrency: 1, maxQueue: 1 });
    const results = await Promise.allSettled([e.run(jsonInput()), e.run(jsonInput()), e.run(jsonInput())]);
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused).toHaveLength(1);
    const err = (refused[0] as PromiseRejectedResult).reason as RelayError;
    expect(err.code).toBe('0025');
    expect(err.message).toMatch(/1 requests waiting/);
  });

  it('stops the upstream call when the client goes away', async () => {
    stub.queue({ kind: 'delay', ms: 3000 });
    const ac = new AbortController();
    const run = engine().run(jsonInput(ac.signal));
    while (stub.inFlight === 0) await new Promise((r) => setTimeout(r, 5));
    ac.abort();
    await expect(run).rejects.toThrow();
    while (stub.inFlight > 0) await new Promise((r) => setTimeout(r, 5));
    expect(stub.inFlight).toBe(0);
  });

  it('is unavailable without configuration and says why', async () => {
    const off = createClovaEngine(undefined, { logger });
    expect(await off.availability()).toEqual({ available: false, reason: CLOVA_NOT_CONFIGURED });
    expect((await relayError(off.run(jsonInput()))).status).toBe(503);
  });

  it('reports only the upstream host, never the path or secret', async () => {
    const a = await engine().availability();
    expect(a.details).toEqual({ host: new URL(stub.url).host });
    expect(JSON.stringify(a)).not.toContain('/custom/');
  });
});
