import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { MEMORY_SPOOL_BYTES } from '../../../src/server/request/limits.ts';
import { formBody, messageJson } from '../../support/formBody.ts';
import { rawExchange, settledEntries, waitFor } from '../../support/exchange.ts';
import { pagesPdf } from '../../support/hostilePdfs.ts';
import { MB, PATH, makePng, jsonBody, startPair, expectError } from './pair.ts';
import type { Pair } from './pair.ts';

beforeAll(makePng);

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
    // Earlier tests' clients left this relay too: this request's line is the next one.
    const closed = () =>
      relay
        .output()
        .split('\n')
        .filter((line) => line.includes('client closed the connection before the answer')).length;
    const closedBefore = closed();
    ac.abort();
    await expect(pending).rejects.toThrow();
    // Logged once the request has unwound, which waits for every child it started to exit. Polling
    // for "no processes" instead could look while both pages were in in-process preprocessing,
    // before the relay had read the client's close, and then see the next page's tesseract start.
    await waitFor(() => closed() > closedBefore);
    expect(closed()).toBe(closedBefore + 1);
    expect(await relay.ocrProcesses()).toEqual([]);
    await pair.expectHealthy();
    // Ten pages one at a time would take seconds: none of the waiting ones started since.
    expect(await relay.ocrProcesses()).toEqual([]);
  });
});
