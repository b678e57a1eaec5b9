import { normaliseHostname } from '../config.ts';
import { spoolToFile } from '../bytes/spool.ts';
import { forbiddenReason } from './addressPolicy.ts';
import { indefiniteArticle } from './indefiniteArticle.ts';
import type { Dialer, DialResponse } from './dialer.ts';
import { parseIp } from './ipAddress.ts';
import type { ResolvedAddress, Resolver } from './resolver.ts';

/** Why a URL was not fetched. `kind` lets callers pick the CLOVA code and status. */
export class FetchError extends Error {
  constructor(
    readonly kind: 'refused' | 'failed' | 'timeout' | 'too-large',
    message: string,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export interface SafeFetchOptions {
  resolver: Resolver;
  dialer: Dialer;
  /** Normalised hostnames that may resolve to non-public addresses. */
  allowlist: readonly string[];
  maxBytes: number;
  timeoutMs: number;
  maxRedirects?: number;
  signal?: AbortSignal;
}

export interface FetchedFile {
  size: number;
  contentType?: string;
  finalUrl: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Checks where a URL would connect: http(s) only, no credentials, and, unless its hostname is
 * allowlisted, every address it resolves to must be public. Returns the address to connect to.
 */
export async function checkTarget(
  url: URL,
  opts: Pick<SafeFetchOptions, 'resolver' | 'allowlist'>,
): Promise<ResolvedAddress> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('refused', `only http and https URLs are fetched, not ${url.protocol}`);
  }
  if (url.username || url.password) throw new FetchError('refused', 'URLs with credentials are not fetched');
  const host = normaliseHostname(url.hostname);
  const literal = parseIp(host);
  let addresses: ResolvedAddress[];
  if (literal) addresses = [{ address: host, family: literal.family }];
  else {
    try {
      addresses = await opts.resolver(host);
    } catch (err) {
      throw new FetchError(
        'failed',
        `${host} could not be resolved (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
      );
    }
    if (addresses.length === 0) throw new FetchError('failed', `${host} has no address`);
  }
  if (!opts.allowlist.includes(host)) {
    for (const a of addresses) {
      const ip = parseIp(a.address);
      const why = ip ? forbiddenReason(ip) : 'not an IP address';
      if (why) {
        throw new FetchError(
          'refused',
          `${host} resolves to ${a.address}, ${indefiniteArticle(why)} ${why} address; the relay fetches only public addresses unless the host is listed in OCR_URL_ALLOWLIST`,
        );
      }
    }
  }
  return addresses[0];
}

/**
 * Downloads `rawUrl` into `dest` with SSRF protection: the target is checked before the first
 * request and again for every redirect (followed by hand, at most `maxRedirects`), connections go
 * to the checked address only, and size and time are capped.
 */
export async function safeFetchToFile(
  rawUrl: string,
  dest: string,
  opts: SafeFetchOptions,
): Promise<FetchedFile> {
  if (!URL.canParse(rawUrl)) throw new FetchError('refused', 'not a valid absolute URL');
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout.signal]) : timeout.signal;
  const maxRedirects = opts.maxRedirects ?? 5;
  let url = new URL(rawUrl);
  try {
    for (let hop = 0; ; hop++) {
      const target = await checkTarget(url, opts);
      const res = await dial(opts.dialer, url, target, signal, opts.timeoutMs, timeout.signal);
      const location = res.headers.location;
      if (REDIRECTS.has(res.status) && location) {
        res.body.destroy();
        if (hop >= maxRedirects) throw new FetchError('refused', `more than ${maxRedirects} redirects`);
        if (!URL.canParse(location, url)) throw new FetchError('failed', 'redirect to an invalid URL');
        url = new URL(location, url);
        continue;
      }
      if (res.status !== 200) {
        res.body.destroy();
        throw new FetchError('failed', `${url.host} answered HTTP ${res.status}`);
      }
      const declared = Number(res.headers['content-length']);
      if (declared > opts.maxBytes) {
        res.body.destroy();
        throw tooLarge(opts.maxBytes);
      }
      try {
        const size = await spoolToFile(res.body, dest, opts.maxBytes, signal);
        return { size, contentType: res.headers['content-type'], finalUrl: url.href };
      } catch (err) {
        throw translate(err, opts, timeout.signal);
      }
    }
  } finally {
    clearTimeout(timer);
  }
}

async function dial(
  dialer: Dialer,
  url: URL,
  target: ResolvedAddress,
  signal: AbortSignal,
  timeoutMs: number,
  timeoutSignal: AbortSignal,
): Promise<DialResponse> {
  try {
    return await dialer({
      url,
      address: target.address,
      family: target.family,
      headers: { 'user-agent': 'ocr-inspector-relay', accept: 'image/*, application/pdf, */*' },
      signal,
    });
  } catch (err) {
    throw translate(err, { timeoutMs }, timeoutSignal, url);
  }
}

function translate(
  err: unknown,
  opts: { timeoutMs: number; maxBytes?: number },
  timeoutSignal: AbortSignal,
  url?: URL,
): unknown {
  if (err instanceof FetchError) return err;
  if ((err as Error).name === 'SizeLimitError') return tooLarge(opts.maxBytes ?? 0);
  if (timeoutSignal.aborted)
    return new FetchError('timeout', `the image URL did not answer within ${opts.timeoutMs} ms`);
  if ((err as Error).name === 'AbortError') return err;
  const code = (err as NodeJS.ErrnoException).code;
  return new FetchError(
    'failed',
    `${url?.host ?? 'the image host'} could not be reached (${code ?? (err as Error).message})`,
  );
}

function tooLarge(maxBytes: number): FetchError {
  return new FetchError(
    'too-large',
    `the image at the URL is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`,
  );
}
