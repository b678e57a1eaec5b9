import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../src/clova/index.ts';
import { SECURITY_HEADERS } from '../../src/server/http/securityHeaders.ts';
import { fakeEngine } from '../support/fakeEngine.ts';
import { startRelay } from '../support/runningRelay.ts';
import type { RunningRelay } from '../support/runningRelay.ts';
import { rawExchange } from '../support/exchange.ts';
import { webRequest } from '../support/webRequest.ts';
import type { WebAnswer } from '../support/webRequest.ts';

/**
 * DNS rebinding: a page whose name an attacker points at 127.0.0.1 reaches the relay with its own
 * name in Host. The relay answers only Host values it listens for (loopback names on its port,
 * or with no port as a proxy sends them, and ALLOWED_HOSTS), live over HTTP, on every path.
 */
const tesseract = fakeEngine('tesseract');
let relay: RunningRelay;
let port = 0;
beforeAll(async () => {
  relay = await startRelay(
    { OCR_ENGINE: 'tesseract', ALLOWED_HOSTS: 'ocr.example.com, proxy.example:8443, Mapped.Example.' },
    { engines: { tesseract } },
  );
  port = Number(new URL(relay.origin).port);
});
afterAll(() => relay.close());

const get = (host: string, path = '/api/engines') =>
  webRequest(relay.origin, { path, headers: [['host', host]] });

function expectRefused(res: WebAnswer, status = 421) {
  expect(res.status).toBe(status);
  const body = ErrorBodySchema.parse(JSON.parse(res.text));
  expect(body.code).toBe('0022');
  expect(body.traceId).toMatch(/^[0-9a-f]{32}$/);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(res.headers[k]).toBe(v);
}

describe('Host allow-list', () => {
  const accepted: Array<[string, () => string]> = [
    ['127.0.0.1 on the relay’s port', () => `127.0.0.1:${port}`],
    ['localhost on the relay’s port', () => `localhost:${port}`],
    ['upper case', () => `LOCALHOST:${port}`],
    ['a trailing dot', () => `localhost.:${port}`],
    ['[::1] on the relay’s port', () => `[::1]:${port}`],
    ['::1 written in full', () => `[0:0:0:0:0:0:0:1]:${port}`],
    ['the connection’s own address, IPv4-mapped', () => `[::ffff:127.0.0.1]:${port}`],
    ['a loopback name without port (a proxy forwarding Host: name)', () => 'localhost'],
    ['127.0.0.1 without port', () => '127.0.0.1'],
    ['ALLOWED_HOSTS name, no port', () => 'ocr.example.com'],
    ['ALLOWED_HOSTS name, any port when listed without one', () => 'ocr.example.com:8080'],
    ['ALLOWED_HOSTS name, case and trailing dot', () => 'OCR.Example.COM.:443'],
    ['ALLOWED_HOSTS entry written with a trailing dot', () => 'mapped.example'],
    ['ALLOWED_HOSTS name:port', () => 'proxy.example:8443'],
  ];
  it.each(accepted)('answers %s', async (_name, host) => {
    const res = await get(host());
    expect(res.status, res.text).toBe(200);
    expect(JSON.parse(res.text)).toHaveProperty('engines');
  });

  const refused: Array<[string, () => string]> = [
    ['a foreign name on the relay’s port', () => `attacker.example:${port}`],
    ['a foreign name without port', () => 'attacker.example'],
    ['a name that starts like 127.0.0.1', () => `127.0.0.1.attacker.example:${port}`],
    ['a name that starts like localhost', () => `localhost.attacker.example:${port}`],
    ['a subdomain of localhost', () => `app.localhost:${port}`],
    ['two trailing dots', () => `localhost..:${port}`],
    ['a listed name with a suffix', () => `ocr.example.com.attacker.example`],
    ['a listed name as a suffix', () => `xocr.example.com`],
    ['another port on 127.0.0.1', () => `127.0.0.1:${port + 1}`],
    ['another port on localhost', () => 'localhost:1'],
    ['another port on [::1]', () => '[::1]:1'],
    ['a listed name:port on another port', () => 'proxy.example:9443'],
    ['a listed name:port without its port', () => 'proxy.example'],
    ['another loopback address', () => `127.0.0.2:${port}`],
    ['another IPv6 address', () => `[::2]:${port}`],
    ['the unspecified address', () => `0.0.0.0:${port}`],
    ['a short IPv4 form', () => `127.1:${port}`],
    ['a decimal IPv4 form', () => `2130706433:${port}`],
    ['a hex IPv4 form', () => `0x7f.0.0.1:${port}`],
    ['IPv6 without brackets', () => `::1:${port}`],
    ['an IPv6 zone', () => `[fe80::1%25lo]:${port}`],
    ['credentials before the host', () => `user@localhost:${port}`],
    ['two ports', () => `localhost:${port}:${port}`],
    ['a space', () => `local host:${port}`],
    ['an empty Host', () => ''],
  ];
  it.each(refused)('refuses %s with 421 and CLOVA’s body', async (_name, host) => {
    expectRefused(await get(host()));
  });

  it.each(['/api/engines', '/api/samples', '/healthz', '/', '/index.html', '/api/nothing'])(
    'refuses a foreign Host on GET %s too',
    async (path) => expectRefused(await get(`attacker.example:${port}`, path)),
  );

  it.each(['/api/ocr/general', '/general'])('refuses before the engine runs: POST %s', async (path) => {
    const before = tesseract.calls.length;
    const res = await webRequest(relay.origin, {
      method: 'POST',
      path,
      headers: [
        ['host', `127.0.0.1.attacker.example:${port}`],
        ['content-type', 'application/json'],
      ],
      body: JSON.stringify({
        version: 'V2',
        requestId: 'r',
        timestamp: 0,
        images: [{ format: 'png', name: 'p', data: 'AA==' }],
      }),
    });
    expectRefused(res);
    expect(tesseract.calls.length).toBe(before);
    expect(await relay.tempEntries()).toEqual([]);
  });

  it('refuses two Host lines, even when both are good', async () => {
    const good = `127.0.0.1:${port}`;
    expectRefused(
      await webRequest(relay.origin, {
        headers: [
          ['host', good],
          ['host', good],
        ],
      }),
    );
    expectRefused(
      await webRequest(relay.origin, {
        headers: [
          ['host', good],
          ['host', 'attacker.example'],
        ],
      }),
    );
    expectRefused(
      await webRequest(relay.origin, {
        headers: [
          ['host', 'attacker.example'],
          ['host', good],
        ],
      }),
    );
  });

  it('refuses a request with no Host at all', async () => {
    const http11 = await rawExchange(relay.origin, [
      'GET /api/engines HTTP/1.1\r\nConnection: close\r\n\r\n',
    ]);
    expect(http11.status).toBe(421);
    expect(ErrorBodySchema.parse(JSON.parse(http11.text)).code).toBe('0022');
    const http10 = await rawExchange(relay.origin, ['GET /api/engines HTTP/1.0\r\n\r\n']);
    expect(http10.status).toBe(421);
    expect(ErrorBodySchema.parse(JSON.parse(http10.text)).code).toBe('0022');
  });
});

describe('HOST names the relay listens for', () => {
  it('answers to a bound name, and to its own address when bound to every interface', async () => {
    const named = await startRelay(
      { HOST: 'Inspector.Lan', OCR_ENGINE: 'tesseract' },
      { engines: { tesseract } },
    );
    const any = await startRelay({ HOST: '0.0.0.0', OCR_ENGINE: 'tesseract' }, { engines: { tesseract } });
    try {
      const p = (r: RunningRelay) => new URL(r.origin).port;
      const ask = (r: RunningRelay, host: string) => webRequest(r.origin, { headers: [['host', host]] });
      expect((await ask(named, `inspector.lan:${p(named)}`)).status).toBe(200);
      expect((await ask(named, `localhost:${p(named)}`)).status).toBe(200);
      expectRefused(await ask(named, `other.lan:${p(named)}`));
      // 127.0.0.1 is the address this connection arrived on; 0.0.0.0 itself is no name.
      expect((await ask(any, `127.0.0.1:${p(any)}`)).status).toBe(200);
      expectRefused(await ask(any, `0.0.0.0:${p(any)}`));
      expectRefused(await ask(any, `attacker.example:${p(any)}`));
    } finally {
      await named.close();
      await any.close();
    }
  });
});
