import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { DialRequest, Dialer } from './dialer.ts';
import { pinnedDialer } from './dialer.ts';
import type { Resolver } from './resolver.ts';
import { checkTarget, FetchError, safeFetchToFile } from './safeFetch.ts';

const PUBLIC = '93.184.216.34';
const fakeDns: Record<string, string[]> = {
  'public.example': [PUBLIC],
  'other.example': ['1.1.1.1'],
  localhost: ['127.0.0.1'],
  'metadata.example': ['169.254.169.254'],
  'mixed.example': [PUBLIC, '10.0.0.7'],
  'v6private.example': ['fd00::1'],
  'img.test': ['127.0.0.1'],
};
const resolver: Resolver = async (h) => {
  const found = fakeDns[h];
  if (!found) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
  return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
};

/** A dialer that never opens a socket: it answers from a script and records where it was sent. */
function scriptedDialer(
  script: (req: DialRequest) => { status: number; headers?: IncomingHttpHeaders; body?: Buffer },
) {
  const calls: DialRequest[] = [];
  const dialer: Dialer = async (req) => {
    calls.push(req);
    const r = script(req);
    return { status: r.status, headers: r.headers ?? {}, body: Readable.from(r.body ? [r.body] : []) };
  };
  return { calls, dialer };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'safefetch-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const base = { resolver, allowlist: [] as string[], maxBytes: 1024 * 1024, timeoutMs: 5000 };
let n = 0;
const dest = () => join(dir, `f${n++}`);

async function refusal(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FetchError) return e;
    throw e;
  }
  throw new Error('expected a FetchError');
}

describe('checkTarget', () => {
  it.each([
    ['http://2852039166/', '169.254.169.254'],
    ['http://0xA9FEA9FE/', '169.254.169.254'],
    ['http://0251.0376.0251.0376/', '169.254.169.254'],
    ['http://127.1/', '127.0.0.1'],
    ['http://[::ffff:127.0.0.1]/', 'IPv4-mapped'],
    ['http://[::]/', 'unspecified'],
    ['http://[::1]:8080/', 'loopback'],
    ['http://[fe80::1]/', 'link-local'],
    ['http://localhost/', 'loopback'],
    ['http://LOCALHOST./', 'loopback'],
    ['http://metadata.example/latest', 'link-local'],
    ['http://mixed.example/', 'private'],
    ['http://v6private.example/', 'unique local'],
    ['http://100.100.100.200/', 'carrier-grade NAT'],
    ['http://0.0.0.0/', 'this network'],
    ['http://224.0.0.251/', 'multicast'],
  ])('refuses %s', async (url, why) => {
    const e = await refusal(checkTarget(new URL(url), base));
    expect(e.kind).toBe('refused');
    expect(e.message).toContain(why);
  });

  it('refuses other schemes and credentials', async () => {
    expect((await refusal(checkTarget(new URL('file:///etc/passwd'), base))).message).toMatch(
      /only http and https/,
    );
    expect((await refusal(checkTarget(new URL('ftp://public.example/x'), base))).kind).toBe('refused');
    expect((await refusal(checkTarget(new URL('http://u:p@public.example/'), base))).message).toMatch(
      /credentials/,
    );
  });

  it('reports unknown hosts as failures, not refusals', async () => {
    expect((await refusal(checkTarget(new URL('http://nowhere.example/'), base))).kind).toBe('failed');
  });

  it('allows public hosts and allowlisted hosts only', async () => {
    expect(await checkTarget(new URL('https://public.example/a.png'), base)).toEqual({
      address: PUBLIC,
      family: 4,
    });
    const allow = { ...base, allowlist: ['localhost', '127.0.0.1'] };
    expect((await checkTarget(new URL('http://localhost:9/'), allow)).address).toBe('127.0.0.1');
    expect((await checkTarget(new URL('http://2130706433/'), allow)).address).toBe('127.0.0.1');
    await refusal(checkTarget(new URL('http://metadata.example/'), allow));
  });
});

describe('safeFetchToFile with a scripted dialer', () => {
  it('connects to the checked address and keeps the hostname in the URL', async () => {
    const { calls, dialer } = scriptedDialer(() => ({ status: 200, body: Buffer.from('PNGDATA') }));
    const path = dest();
    const got = await safeFetchToFile('https://public.example/a.png', path, { ...base, dialer });
    expect(got.size).toBe(7);
    expect(await readFile(path, 'utf8')).toBe('PNGDATA');
    expect(calls).toHaveLength(1);
    expect(calls[0].address).toBe(PUBLIC);
    expect(calls[0].url.hostname).toBe('public.example');
  });

  it('re-checks every redirect and never dials a forbidden one', async () => {
    const { calls, dialer } = scriptedDialer((req) =>
      req.url.hostname === 'public.example'
        ? { status: 302, headers: { location: 'http://other.example/step' } }
        : { status: 301, headers: { location: 'http://0xA9FEA9FE/latest/meta-data/' } },
    );
    const e = await refusal(safeFetchToFile('http://public.example/start', dest(), { ...base, dialer }));
    expect(e.kind).toBe('refused');
    expect(e.message).toContain('169.254.169.254');
    expect(calls.map((c) => c.address)).toEqual([PUBLIC, '1.1.1.1']);
  });

  it('follows at most 5 redirects', async () => {
    const { calls, dialer } = scriptedDialer((req) => ({
      status: 307,
      headers: { location: `/hop${req.url.pathname.length}` },
    }));
    const e = await refusal(safeFetchToFile('http://public.example/', dest(), { ...base, dialer }));
    expect(e.message).toMatch(/more than 5 redirects/);
    expect(calls).toHaveLength(6);
  });

  it('defeats DNS rebinding: the second lookup of a redirect target is checked again', async () => {
    let lookups = 0;
    const rebinding: Resolver = async () => [{ address: lookups++ === 0 ? PUBLIC : '127.0.0.1', family: 4 }];
    const { calls, dialer } = scriptedDialer(() => ({ status: 302, headers: { location: '/again' } }));
    const e = await refusal(
      safeFetchToFile('http://rebind.example/', dest(), { ...base, resolver: rebinding, dialer }),
    );
    expect(e.message).toContain('127.0.0.1');
    expect(calls.map((c) => c.address)).toEqual([PUBLIC]);
  });

  it('refuses non-200 answers and declared oversize bodies', async () => {
    const notFound = scriptedDialer(() => ({ status: 404 }));
    expect(
      (await refusal(safeFetchToFile('http://public.example/', dest(), { ...base, dialer: notFound.dialer })))
        .message,
    ).toContain('HTTP 404');
    const big = scriptedDialer(() => ({
      status: 200,
      headers: { 'content-length': String(10 * 1024 * 1024) },
    }));
    expect(
      (await refusal(safeFetchToFile('http://public.example/', dest(), { ...base, dialer: big.dialer })))
        .kind,
    ).toBe('too-large');
  });
});

describe('safeFetchToFile against a loopback server', () => {
  let server: Server;
  let port: number;
  const hits: Array<{ url: string; host?: string }> = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits.push({ url: req.url ?? '', host: req.headers.host });
      if (req.url === '/image') res.end(Buffer.from('IMAGEBYTES'));
      else if (req.url === '/big') {
        // Chunked, so only the running count can stop it.
        res.write(Buffer.alloc(600 * 1024));
        res.end(Buffer.alloc(600 * 1024));
      } else if (req.url === '/to-v6') res.writeHead(302, { location: `http://[::1]:${port}/image` }).end();
      else if (req.url === '/hang') res.flushHeaders();
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });
  const live = (allowlist: string[]) => ({ ...base, dialer: pinnedDialer, allowlist });

  it('refuses loopback unless allowlisted, without connecting', async () => {
    const before = hits.length;
    for (const u of [
      `http://127.0.0.1:${port}/image`,
      `http://2130706433:${port}/image`,
      `http://[::ffff:127.0.0.1]:${port}/image`,
    ]) {
      expect((await refusal(safeFetchToFile(u, dest(), live([])))).kind).toBe('refused');
    }
    expect(hits.length).toBe(before);
  });

  it('fetches from an allowlisted host, pinned to the checked address', async () => {
    const path = dest();
    const got = await safeFetchToFile(`http://img.test:${port}/image`, path, live(['img.test']));
    expect(got.size).toBe(10);
    expect(await readFile(path, 'utf8')).toBe('IMAGEBYTES');
    expect(hits.at(-1)).toEqual({ url: '/image', host: `img.test:${port}` });
  });

  it('stops a body that grows past the cap and leaves no file', async () => {
    const path = dest();
    const e = await refusal(safeFetchToFile(`http://127.0.0.1:${port}/big`, path, live(['127.0.0.1'])));
    expect(e.kind).toBe('too-large');
    expect(await readdir(dir)).not.toContain(path.split('/').at(-1));
  });

  it('refuses a redirect from an allowlisted host to one that is not', async () => {
    const e = await refusal(safeFetchToFile(`http://127.0.0.1:${port}/to-v6`, dest(), live(['127.0.0.1'])));
    expect(e.message).toContain('::1');
  });

  it('gives up after the timeout', async () => {
    const e = await refusal(
      safeFetchToFile(`http://127.0.0.1:${port}/hang`, dest(), { ...live(['127.0.0.1']), timeoutMs: 300 }),
    );
    expect(e.kind).toBe('timeout');
    expect(e.message).toContain('300 ms');
  });
});
