import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { ErrorBodySchema, OcrResponseSchema } from '../../src/clova/index.ts';
import { pinnedDialer } from '../../src/server/net/dialer.ts';
import type { DialRequest, Dialer } from '../../src/server/net/dialer.ts';
import type { Resolver } from '../../src/server/net/resolver.ts';
import { smallPng } from '../support/images.ts';
import { startRelay } from '../support/runningRelay.ts';
import type { RunningRelay } from '../support/runningRelay.ts';
import { settledEntries } from '../support/exchange.ts';

/**
 * SSRF through `images[0].url` on the embedded engine (the relay fetches the image itself; the
 * clova engine leaves fetching to CLOVA). Loopback forms are tried live against a loopback image
 * server that counts connections. Everything else goes through the relay's address check with an
 * injected resolver and dialer: the dialer connects only to loopback and answers any other address
 * from a script, so no test can make the relay reach a non-loopback address, even if a check fails.
 */

const PUBLIC = '93.184.216.34';
const PATH = '/api/ocr/general';

let png: Buffer;
let imageServer: Server;
let imagePort = 0;
let connections = 0;
/** Every dial the relay attempted, in order. */
const dials: Array<{ address: string; url: string }> = [];
/** Where the scripted public host redirects next (set per case). */
let publicRedirect: string | undefined;

const dns: Record<string, string[]> = {
  'img.localtest': ['127.0.0.1'],
  'other.localtest': ['127.0.0.1'],
  'sub.img.localtest': ['127.0.0.1'],
  localhost: ['127.0.0.1', '::1'],
  'public.example': [PUBLIC],
  'intranet.example': ['10.1.2.3'],
  'metadata.example': ['169.254.169.254'],
  'router.example': ['192.168.1.1'],
  'mixed.example': [PUBLIC, '10.0.0.5'],
  'ula.example': ['fd00::5'],
  'mapped.example': ['::ffff:172.16.0.9'],
};
const resolver: Resolver = async (host) => {
  const found = dns[host];
  if (!found) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
  return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};

const isLocal = (address: string) => /^(127\.|0\.0\.0\.0$|::1$|::$)/.test(address);

/** Real connections to loopback only; any other address gets a scripted answer, never a socket. */
const dialer: Dialer = async (req: DialRequest) => {
  dials.push({ address: req.address, url: req.url.href });
  if (isLocal(req.address)) return pinnedDialer(req);
  if (req.address === PUBLIC && publicRedirect) {
    return { status: 302, headers: { location: publicRedirect }, body: Readable.from([]) };
  }
  if (req.address === PUBLIC) {
    return { status: 200, headers: { 'content-type': 'image/png' }, body: Readable.from([png]) };
  }
  throw new Error(`test dialer: refused to reach ${req.address}`);
};

let relay: RunningRelay;
let strictRelay: RunningRelay;
beforeAll(async () => {
  png = await smallPng(400, 100);
  imageServer = createServer((req, res) => {
    if (req.url === '/a.png') res.writeHead(200, { 'content-type': 'image/png' }).end(png);
    else if (req.url?.startsWith('/redirect?to='))
      res.writeHead(302, { location: decodeURIComponent(req.url.slice('/redirect?to='.length)) }).end();
    else res.writeHead(404).end();
  });
  imageServer.on('connection', () => connections++);
  await new Promise<void>((r) => imageServer.listen(0, '127.0.0.1', r));
  imagePort = (imageServer.address() as AddressInfo).port;
  // The embedded engine (the real one, built by the relay) is the default without CLOVA.
  const env = { OCR_ENGINE: 'tesseract', TESSERACT_CONCURRENCY: '1', LOG_LEVEL: 'info' };
  relay = await startRelay({ ...env, OCR_URL_ALLOWLIST: 'img.localtest' }, { resolver, dialer });
  strictRelay = await startRelay({ ...env, OCR_URL_ALLOWLIST: '127.0.0.1' }, { resolver, dialer });
});
afterAll(async () => {
  await relay?.close();
  await strictRelay?.close();
  await new Promise((r) => imageServer?.close(r));
});

const body = (url: string) =>
  JSON.stringify({
    version: 'V2',
    requestId: 'u',
    timestamp: 0,
    images: [{ format: 'png', name: 'u', url }],
  });

async function send(url: string, on = relay) {
  const res = await on.post(PATH, { body: body(url), headers: { 'content-type': 'application/json' } });
  return { status: res.status, json: (await res.json()) as unknown };
}

/** Refused with 0001 saying why, without a connection anywhere but where `allowed` says. */
async function expectRefused(
  url: string,
  why: RegExp,
  on = relay,
  allowed: { dials?: string[]; connections?: number } = {},
) {
  const dialsBefore = dials.length;
  const connectionsBefore = connections;
  const answer = await send(url, on);
  expect(answer.status).toBe(400);
  const err = ErrorBodySchema.parse(answer.json);
  expect(err.code).toBe('0001');
  expect(err.message).toMatch(/images\[0\]\.url could not be used|not an absolute http/);
  expect(err.message).toMatch(why);
  expect(dials.slice(dialsBefore).map((d) => d.address)).toEqual(allowed.dials ?? []);
  expect(connections - connectionsBefore).toBe(allowed.connections ?? 0);
  expect(await settledEntries(on.tempEntries)).toEqual([]);
}

async function expectFetched(url: string, on = relay) {
  const answer = await send(url, on);
  expect(answer.status).toBe(200);
  expect(OcrResponseSchema.parse(answer.json).images[0].inferResult).toBe('SUCCESS');
  expect(await settledEntries(on.tempEntries)).toEqual([]);
}

const port = () => imagePort;

describe('images.url on the embedded engine: SSRF refusals', () => {
  describe('loopback in all its forms, live (a failed check would reach only this machine)', () => {
    const forms: Array<[string, RegExp]> = [
      ['127.0.0.1', /loopback \(127\.0\.0\.0\/8\)/],
      ['127.1', /127\.0\.0\.1, a loopback/],
      ['2130706433', /127\.0\.0\.1, a loopback/],
      ['0x7f000001', /127\.0\.0\.1, a loopback/],
      ['[::1]', /loopback \(::1\)/],
      ['0.0.0.0', /"this network"/],
      ['[::]', /unspecified \(::\)/],
      ['[::ffff:127.0.0.1]', /IPv4-mapped/],
      ['localhost', /loopback/],
    ];
    it.each(forms)('http://%s', async (host, why) => {
      await expectRefused(`http://${host}:${port()}/a.png`, why);
    });
  });

  describe('cloud metadata 169.254.169.254 in every spelling (address check only)', () => {
    const forms = [
      '169.254.169.254',
      '2852039166',
      '0xA9FEA9FE',
      '0xa9.0xfe.0xa9.0xfe',
      '0251.0376.0251.0376',
      '169.254.43518',
      '[::ffff:169.254.169.254]',
      '[::ffff:a9fe:a9fe]',
      'metadata.example',
    ];
    it.each(forms)('http://%s/latest/meta-data/', async (host) => {
      await expectRefused(
        `http://${host}/latest/meta-data/`,
        /link-local \(169\.254\.0\.0\/16\)|IPv4-mapped/,
      );
    });
  });

  describe('private and special ranges (address check only)', () => {
    const ranges: Array<[string, RegExp]> = [
      ['10.0.0.1', /private \(10\.0\.0\.0\/8\)/],
      ['10.255.255.255', /private \(10\.0\.0\.0\/8\)/],
      ['172.16.0.1', /private \(172\.16\.0\.0\/12\)/],
      ['172.31.255.254', /private \(172\.16\.0\.0\/12\)/],
      ['192.168.0.1', /private \(192\.168\.0\.0\/16\)/],
      ['100.64.0.1', /carrier-grade NAT/],
      ['198.18.0.1', /benchmarking/],
      ['224.0.0.1', /multicast/],
      ['255.255.255.255', /reserved/],
      ['[fc00::1]', /unique local/],
      ['[fd12:3456::1]', /unique local/],
      ['[fe80::1]', /link-local \(fe80::\/10\)/],
      ['[::ffff:10.0.0.1]', /IPv4-mapped/],
      ['[64:ff9b::a00:1]', /NAT64/],
      ['[2002:a00:1::]', /6to4/],
    ];
    it.each(ranges)('http://%s/', async (host, why) => {
      await expectRefused(`http://${host}/`, why);
    });
  });

  describe('hostnames that resolve to private addresses (injected resolver)', () => {
    const hosts: Array<[string, RegExp]> = [
      ['intranet.example', /10\.1\.2\.3, a private/],
      ['router.example', /192\.168\.1\.1, a private/],
      ['ula.example', /fd00::5, a unique local/],
      ['mapped.example', /::ffff:172\.16\.0\.9, an IPv4-mapped/],
      ['mixed.example', /10\.0\.0\.5, a private/],
    ];
    it.each(hosts)('http://%s/ (never dialled)', async (host, why) => {
      await expectRefused(`http://${host}/a.png`, why);
    });
  });

  describe('redirects', () => {
    afterAll(() => {
      publicRedirect = undefined;
    });
    const targets: Array<[string, () => string, RegExp]> = [
      ['loopback by address', () => `http://127.0.0.1:${port()}/a.png`, /loopback/],
      ['loopback IPv6', () => `http://[::1]:${port()}/a.png`, /loopback \(::1\)/],
      ['loopback by name', () => `http://localhost:${port()}/a.png`, /loopback/],
      ['the metadata address in decimal', () => 'http://2852039166/latest/meta-data/', /link-local/],
      ['a name resolving to a private address', () => 'http://intranet.example/', /private/],
    ];
    it.each(targets)(
      'a public host redirecting to %s: only the public host is dialled',
      async (_w, to, why) => {
        publicRedirect = to();
        await expectRefused('http://public.example/a.png', why, relay, { dials: [PUBLIC] });
      },
    );

    it('an allowlisted host redirecting to a loopback address it does not name (live)', async () => {
      const to = encodeURIComponent(`http://127.0.0.1:${port()}/a.png`);
      await expectRefused(`http://img.localtest:${port()}/redirect?to=${to}`, /loopback/, relay, {
        dials: ['127.0.0.1'],
        connections: 1,
      });
    });
  });

  describe('schemes and credentials', () => {
    it.each(['file:///etc/passwd', 'gopher://127.0.0.1:70/', 'ftp://public.example/a.png'])(
      '%s',
      async (url) => {
        await expectRefused(url, /not an absolute http or https URL/);
      },
    );
    it('http://user:pass@public.example/', async () => {
      await expectRefused('http://user:pass@public.example/a.png', /credentials/);
    });
  });
});

describe('OCR_URL_ALLOWLIST opens only what it names', () => {
  it('a public address needs no allowlist (scripted answer, no socket)', async () => {
    await expectFetched('http://public.example/a.png');
    expect(dials.at(-1)).toEqual({ address: PUBLIC, url: 'http://public.example/a.png' });
  });

  it('img.localtest is named: fetched from loopback, any letter case and a trailing dot', async () => {
    await expectFetched(`http://img.localtest:${port()}/a.png`);
    await expectFetched(`http://IMG.LocalTest.:${port()}/a.png`);
  });

  it('other names on the same address, and subdomains, stay refused', async () => {
    await expectRefused(`http://other.localtest:${port()}/a.png`, /OCR_URL_ALLOWLIST/);
    await expectRefused(`http://sub.img.localtest:${port()}/a.png`, /OCR_URL_ALLOWLIST/);
  });

  it('an allowlisted address literal opens that spelling only', async () => {
    await expectFetched(`http://127.0.0.1:${port()}/a.png`, strictRelay);
    await expectRefused(`http://localhost:${port()}/a.png`, /loopback/, strictRelay);
    await expectRefused(`http://[::ffff:127.0.0.1]:${port()}/a.png`, /IPv4-mapped/, strictRelay);
    await expectRefused(`http://127.0.0.2:${port()}/a.png`, /loopback/, strictRelay);
  });

  it('never dialled an address outside loopback and the scripted public host', () => {
    expect(dials.length).toBeGreaterThan(0);
    for (const d of dials) expect(isLocal(d.address) || d.address === PUBLIC, d.address).toBe(true);
  });
});
