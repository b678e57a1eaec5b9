import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import { ErrorBodySchema } from '../../clova/index.ts';
import { fakeEngine } from '../../../test/support/fakeEngine.ts';
import { startRelay } from '../../../test/support/runningRelay.ts';
import type { RunningRelay } from '../../../test/support/runningRelay.ts';

let relay: RunningRelay;
beforeAll(async () => {
  relay = await startRelay(
    { REQUEST_TIMEOUT_MS: '300' },
    { engines: { tesseract: fakeEngine('tesseract') } },
  );
});
afterAll(async () => {
  await relay.close();
});

/** Writes raw bytes on a fresh connection and returns all the relay sends until it closes. */
function exchange(bytes: string, opts: { halfClose?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(relay.origin).port), '127.0.0.1');
    let got = '';
    socket.on('data', (d) => (got += d));
    socket.on('close', () => resolve(got));
    socket.on('error', reject);
    socket.write(bytes);
    if (opts.halfClose) socket.end();
  });
}

function parse(answer: string) {
  const [head, body] = answer.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), head, body: ErrorBodySchema.parse(JSON.parse(body)) };
}

const post = (length: number) =>
  `POST /api/ocr/general HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

describe('connection errors', () => {
  it('answers a request that does not arrive in time with a CLOVA 408 naming the request', async () => {
    const answer = parse(await exchange(post(100) + '{"version":'));
    expect(answer.status).toBe(408);
    expect(answer.head).toMatch(/connection: close/i);
    expect(answer.body).toMatchObject({
      code: '0011',
      path: '/api/ocr/general',
      message: expect.stringContaining('did not arrive in full within 0.3 s (REQUEST_TIMEOUT_MS)'),
    });
    // The same traceId is in the log line, so the two can be matched.
    expect(
      relay.logs.some((l) => l.includes(answer.body.traceId!) && l.includes('ERR_HTTP_REQUEST_TIMEOUT')),
    ).toBe(true);
    // The upload's temp file goes once the aborted body stream has been torn down.
    for (let i = 0; i < 100 && (await relay.tempEntries()).length > 0; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(await relay.tempEntries()).toEqual([]);
  });

  it('answers a connection that ends mid-body with a CLOVA 400', async () => {
    const answer = parse(await exchange(post(100) + '{"version":', { halfClose: true }));
    expect(answer.status).toBe(400);
    expect(answer.body.message).toMatch(/connection ended before the request was complete/);
  });

  it('answers bytes that are not HTTP with a CLOVA 400', async () => {
    const answer = parse(await exchange('HELLO\r\n\r\n'));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({
      code: '0011',
      path: '',
      message: expect.stringMatching(/not valid HTTP/),
    });
    expect(answer.body.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('answers oversized headers with a CLOVA 431', async () => {
    const answer = parse(
      await exchange(`GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20000)}\r\n\r\n`),
    );
    expect(answer.status).toBe(431);
    expect(answer.body.code).toBe('0011');
  });

  it('keeps serving', async () => {
    expect((await fetch(`${relay.origin}/healthz`)).status).toBe(200);
  });
});
