import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { ERROR_CODES, ErrorBodySchema } from '../../clova/index.ts';
import type { ErrorCode } from '../../clova/index.ts';
import { MEMORY_SPOOL_BYTES } from '../request/limits.ts';
import { formBody, messageJson } from '../testing/formBody.ts';
import { smallPng } from '../testing/images.ts';
import { fixtureBytes, startStubClova } from '../testing/stubClova.ts';
import type { StubMode } from '../testing/stubClova.ts';
import { startChildRelay } from './support/childRelay.ts';
import { answerOf, rawExchange, settledEntries, waitFor } from './support/exchange.ts';
import type { Answer } from './support/exchange.ts';
import { pagesPdf } from './support/hostilePdfs.ts';

/**
 * Faults around the relay: CLOVA failing in every way seen or documented, and clients that are
 * slow or leave. Each answer is checked, then that the relay serves the next request, leaves no
 * temp file and stays within its memory bound.
 */

const SECRET = 'faults-secret-93a7';
const MB = 1024 * 1024;
const MEMORY_BOUND = 150 * MB;
const PATH = '/api/ocr/general';
const CLOVA_PATH = '/custom/v1/12345/0123456789abcdef/general';

let png: Buffer;
let fieldsResponse: Buffer;
beforeAll(async () => {
  png = await smallPng();
  fieldsResponse = responseWithFields(100_000);
});

const jsonBody = () =>
  JSON.stringify({
    version: 'V2',
    requestId: 'r1',
    timestamp: 0,
    images: [{ format: 'png', name: 'p', data: png.toString('base64') }],
  });

/** A real CLOVA response with its fields repeated up to `count`. */
function responseWithFields(count: number): Buffer {
  const base = JSON.parse(fixtureBytes().toString('utf8'));
  const fields = base.images[0].fields;
  base.images[0].fields = Array.from({ length: count }, (_, i) => fields[i % fields.length]);
  return Buffer.from(JSON.stringify(base));
}

/** A relay (child process) in front of its own stub CLOVA. */
async function startPair(env: Record<string, string>) {
  const stub = await startStubClova({ secret: SECRET });
  const relay = await startChildRelay({ CLOVA_OCR_INVOKE_URL: stub.url, CLOVA_OCR_SECRET: SECRET, ...env });
  const post = async (body: string | Buffer = jsonBody(), headers: Record<string, string> = {}) =>
    answerOf(
      await fetch(relay.origin + PATH, {
        method: 'POST',
        body: body as BodyInit,
        headers: { 'content-type': 'application/json', ...headers },
      }),
    );
  expect((await post()).status).toBe(200);
  const baseline = await relay.rss();
  let highest = baseline;
  /** After any fault: serves the next request, no temp file, memory within bound. */
  const expectHealthy = async () => {
    stub.defaultMode = { kind: 'fixture' };
    const next = await post();
    expect(next.status).toBe(200);
    expect(next.text).toBe(fixtureBytes().toString('utf8'));
    expect(await settledEntries(relay.tempEntries)).toEqual([]);
    const rss = await relay.rss();
    highest = Math.max(highest, rss);
    expect(rss - baseline).toBeLessThan(MEMORY_BOUND);
  };
  /** The relay's RSS at the start and the highest seen after a fault, in MB. */
  const memory = () => `RSS ${Math.round(baseline / MB)} MB at start, ${Math.round(highest / MB)} MB at most`;
  return {
    stub,
    relay,
    post,
    expectHealthy,
    memory,
    close: async () => {
      await relay.close();
      await stub.close();
    },
  };
}

type Pair = Awaited<ReturnType<typeof startPair>>;

function expectError(answer: Answer, status: number, code: string, message: RegExp, path = PATH) {
  expect(answer.status, answer.text.slice(0, 300)).toBe(status);
  const body = ErrorBodySchema.parse(JSON.parse(answer.text));
  expect(body).toMatchObject({ code, path });
  expect(body.message).toMatch(message);
}

describe('CLOVA failing', () => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await startPair({ CLOVA_TIMEOUT_MS: '500', CLOVA_MAX_RETRIES: '1' });
  });
  afterAll(async () => {
    console.log(`CLOVA faults: ${faults.length} injected; ${pair?.memory()}`);
    await pair?.close();
  });

  interface Fault {
    name: string;
    modes: StubMode[];
    /** The mode for every further call (retries included). */
    thereafter?: StubMode;
    check: (answer: Answer) => void;
    /** Calls CLOVA should have received. */
    calls: number;
  }
  const relayed = (code: ErrorCode) => (a: Answer) =>
    expectError(a, ERROR_CODES[code].status, code, new RegExp(`^${ERROR_CODES[code].message}$`), CLOVA_PATH);
  const faults: Fault[] = [
    {
      name: 'a timeout: 504 after CLOVA_TIMEOUT_MS, not retried',
      modes: [{ kind: 'delay', ms: 5000 }],
      check: (a) => expectError(a, 504, '0500', /CLOVA did not answer within 500 ms/),
      calls: 1,
    },
    {
      name: 'one connection reset before the answer: retried and served',
      modes: [{ kind: 'reset' }],
      check: (a) => expect(a).toEqual({ status: 200, text: fixtureBytes().toString('utf8') }),
      calls: 2,
    },
    {
      name: 'connection resets that do not stop: 502 after CLOVA_MAX_RETRIES',
      modes: [],
      thereafter: { kind: 'reset' },
      check: (a) => expectError(a, 502, '0500', /could not be reached .*ECONNRESET.*2 attempt/),
      calls: 2,
    },
    {
      name: '401/0002 (wrong secret at CLOVA): relayed unchanged',
      modes: [{ kind: 'error', code: '0002' }],
      check: relayed('0002'),
      calls: 1,
    },
    {
      name: '400/0025 (rate limit) once: retried and served',
      modes: [{ kind: 'error', code: '0025' }],
      check: (a) => expect(a).toEqual({ status: 200, text: fixtureBytes().toString('utf8') }),
      calls: 2,
    },
    {
      name: '400/0025 that does not stop: relayed after CLOVA_MAX_RETRIES',
      modes: [],
      thereafter: { kind: 'error', code: '0025' },
      check: relayed('0025'),
      calls: 2,
    },
    {
      name: '500/0501 (OCR service error): relayed unchanged',
      modes: [{ kind: 'error', code: '0501' }],
      check: relayed('0501'),
      calls: 1,
    },
    {
      name: 'an HTML error page instead of JSON: 502',
      modes: [{ kind: 'non-json' }],
      check: (a) => expectError(a, 502, '0500', /not JSON \(text\/html/),
      calls: 1,
    },
    {
      name: 'JSON cut in half in a complete answer: 502',
      modes: [{ kind: 'truncated-json' }],
      check: (a) => expectError(a, 502, '0500', /not JSON/),
      calls: 1,
    },
    {
      name: 'the connection dropped halfway through the answer: 502',
      modes: [{ kind: 'cut' }],
      check: (a) => expectError(a, 502, '0500', /closed the connection in the middle of its answer/),
      calls: 1,
    },
    {
      name: 'a response with 100 000 fields: passed through byte for byte',
      modes: [{ kind: 'bytes', body: Buffer.alloc(0) }],
      check: (a) => {
        expect(a.status).toBe(200);
        expect(a.text === fieldsResponse.toString('utf8')).toBe(true);
        expect(JSON.parse(a.text).images[0].fields).toHaveLength(100_000);
      },
      calls: 1,
    },
  ];

  it.each(faults.map((f) => [f.name, f] as const))('%s', async (_name, f) => {
    const { stub } = pair;
    stub.requests.length = 0;
    // The big body is built once, in beforeAll, and swapped in here.
    stub.queue(...f.modes.map((m) => (m.kind === 'bytes' ? { ...m, body: fieldsResponse } : m)));
    if (f.thereafter) stub.defaultMode = f.thereafter;
    f.check(await pair.post());
    expect(stub.requests).toHaveLength(f.calls);
    await pair.expectHealthy();
  });

  it('never leaves a call open at CLOVA after answering', async () => {
    await waitFor(() => pair.stub.inFlight === 0);
    expect(pair.stub.inFlight).toBe(0);
  });
});

describe('clients that are slow or leave', () => {
  let pair: Pair;
  beforeAll(async () => {
    // CLOVA may take a minute here, so only the client can end a call early.
    pair = await startPair({
      CLOVA_TIMEOUT_MS: '60000',
      REQUEST_TIMEOUT_MS: '1000',
      TESSERACT_CONCURRENCY: '1',
    });
  });
  afterAll(async () => {
    console.log(`client faults: 6 injected; ${pair?.memory()}`);
    await pair?.close();
  });

  /** Sends `first`, then `drip` every 50 ms until the relay closes the connection. */
  function trickle(first: string, drip: string): Promise<string> {
    return new Promise((resolve) => {
      const socket = connect(Number(new URL(pair.relay.origin).port), '127.0.0.1');
      let got = '';
      const timer = setInterval(() => socket.writable && socket.write(drip), 50);
      socket.on('data', (d) => (got += d));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearInterval(timer);
        resolve(got);
      });
      socket.write(first);
    });
  }

  const errorOf = (raw: string) => {
    const [head, body] = raw.split('\r\n\r\n');
    return { status: Number(head.split(' ')[1]), text: body };
  };

  it('a body trickled a byte at a time (slowloris): 408 after REQUEST_TIMEOUT_MS, CLOVA never called', async () => {
    pair.stub.requests.length = 0;
    const raw = await trickle(
      `POST ${PATH} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{`,
      ' ',
    );
    expectError(errorOf(raw), 408, '0011', /did not arrive in full within 1 s \(REQUEST_TIMEOUT_MS\)/);
    expect(pair.stub.requests).toHaveLength(0);
    await pair.expectHealthy();
  });

  it('a Content-Length longer than the body, the client then waiting: 408 too', async () => {
    const body = jsonBody();
    const answer = await rawExchange(pair.relay.origin, [
      `POST ${PATH} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length + 100}\r\n\r\n`,
      body,
    ]);
    expectError(answer, 408, '0011', /did not arrive in full within 1 s/);
    await pair.expectHealthy();
  });

  it('headers trickled a line at a time: 408 too', async () => {
    const raw = await trickle(`POST ${PATH} HTTP/1.1\r\n`, 'X-Slow: 1\r\n');
    expectError(errorOf(raw), 408, '0011', /did not arrive in full/, '');
    await pair.expectHealthy();
  });

  it('an upload dropped halfway: the partial file is removed and CLOVA never called', async () => {
    pair.stub.requests.length = 0;
    // Larger than what the relay keeps in memory, so it spools to disk.
    const { body, contentType } = await formBody([
      { name: 'message', value: messageJson() },
      { name: 'file', file: Buffer.alloc(MEMORY_SPOOL_BYTES + 4 * MB), fileName: 'x.png' },
    ]);
    const req = httpRequest(`${pair.relay.origin}${PATH}`, {
      method: 'POST',
      headers: { 'content-type': contentType, 'content-length': String(body.length) },
    });
    req.on('error', () => undefined);
    req.write(body.subarray(0, MEMORY_SPOOL_BYTES + 2 * MB));
    // Wait until the relay has started spooling, then drop the connection.
    await waitFor(async () => (await pair.relay.tempEntries()).length > 0);
    expect((await pair.relay.tempEntries()).length).toBeGreaterThan(0);
    req.destroy();
    expect(await settledEntries(pair.relay.tempEntries)).toEqual([]);
    expect(pair.stub.requests).toHaveLength(0);
    await pair.expectHealthy();
  });

  it('a small upload (held in memory) dropped halfway: nothing on disk, CLOVA never called', async () => {
    pair.stub.requests.length = 0;
    const { body, contentType } = await formBody([
      { name: 'message', value: messageJson() },
      { name: 'file', file: Buffer.alloc(2 * MB), fileName: 'x.png' },
    ]);
    const req = httpRequest(`${pair.relay.origin}${PATH}`, {
      method: 'POST',
      headers: { 'content-type': contentType, 'content-length': String(body.length) },
    });
    req.on('error', () => undefined);
    await new Promise<void>((resolve) => req.write(body.subarray(0, MB), () => resolve()));
    req.destroy();
    expect(await settledEntries(pair.relay.tempEntries)).toEqual([]);
    expect(pair.stub.requests).toHaveLength(0);
    await pair.expectHealthy();
  });

  it('a client that leaves while CLOVA works: the call to CLOVA is closed too', async () => {
    const { stub } = pair;
    // CLOVA would answer in a minute, the relay's timeout is a minute: only the relay can cut it.
    stub.queue({ kind: 'delay', ms: 60_000 });
    const ac = new AbortController();
    const pending = fetch(`${pair.relay.origin}${PATH}`, {
      method: 'POST',
      body: jsonBody(),
      headers: { 'content-type': 'application/json' },
      signal: ac.signal,
    });
    await waitFor(() => stub.inFlight > 0);
    expect(stub.inFlight).toBe(1);
    ac.abort();
    await expect(pending).rejects.toThrow();
    await waitFor(() => stub.inFlight === 0);
    expect(stub.inFlight).toBe(0);
    await pair.expectHealthy();
  });

  it('a client that leaves during tesseract OCR: its processes are killed and no further page starts', async () => {
    const { relay } = pair;
    // The engine's availability check (tesseract --list-langs and others) runs before a request's
    // work and is kept for a minute: done here first, so the processes seen below are the page's.
    expect((await fetch(`${relay.origin}/api/engines`)).status).toBe(200);
    const ac = new AbortController();
    const pending = fetch(`${relay.origin}${PATH}`, {
      method: 'POST',
      body: JSON.stringify({
        version: 'V2',
        requestId: 'r',
        timestamp: 0,
        images: [{ format: 'pdf', name: 'ten', data: pagesPdf(10).toString('base64') }],
      }),
      headers: { 'content-type': 'application/json', 'x-ocr-engine': 'tesseract' },
      signal: ac.signal,
    });
    // Keep what the poll saw: a second look can fall between two pages and find none running.
    let running = 0;
    await waitFor(async () => (running = (await relay.ocrProcesses()).length) > 0, 30_000);
    expect(running).toBeGreaterThan(0);
    ac.abort();
    await expect(pending).rejects.toThrow();
    // Logged once the request has unwound, which waits for every child it started to exit. Polling
    // for "no processes" instead could look while both pages were in in-process preprocessing,
    // before the relay had read the client's close, and then see the next page's tesseract start.
    await waitFor(() => relay.output().includes('client closed the connection'));
    expect(relay.output()).toContain('client closed the connection');
    expect(await relay.ocrProcesses()).toEqual([]);
    await pair.expectHealthy();
    // Ten pages one at a time would take seconds: none of the waiting ones started since.
    expect(await relay.ocrProcesses()).toEqual([]);
  });
});
