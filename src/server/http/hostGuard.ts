import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { RelayConfig } from '../config.ts';
import { RelayError } from '../errors.ts';
import { hostKey, parseAuthority } from './hostNames.ts';
import type { Authority } from './hostNames.ts';
import { parseIp } from '../net/ipAddress.ts';

/** Names every relay answers to on its own port: a rebinding page can never own these. */
const LOOPBACK = ['localhost', '127.0.0.1', '::1'].map(hostKey);

export interface HostPolicy {
  /** Names answered on the port the connection arrived on (or with no port, as a proxy sends). */
  own: Set<string>;
  /** ALLOWED_HOSTS: any port when the entry has none, else that port. */
  extra: Authority[];
}

export function hostPolicy(config: Pick<RelayConfig, 'host' | 'allowedHosts'>): HostPolicy {
  const bound = hostKey(config.host);
  const ip = parseIp(bound);
  // 0.0.0.0 and :: are no names: the addresses behind them are matched per connection instead.
  const wildcard = bound === '' || (ip !== undefined && ip.bytes.every((b) => b === 0));
  return { own: new Set(wildcard ? LOOPBACK : [...LOOPBACK, bound]), extra: config.allowedHosts };
}

/**
 * Why a request's Host is refused, or undefined when it is one the relay listens for. An IP
 * literal equal to the address the connection arrived on is accepted too (a rebinding attack
 * needs a name; this lets HOST=0.0.0.0 answer at the machine's own addresses).
 */
export function hostRefusal(raw: IncomingMessage, policy: HostPolicy): string | undefined {
  let count = 0;
  for (let i = 0; i < raw.rawHeaders.length; i += 2) if (/^host$/i.test(raw.rawHeaders[i])) count++;
  if (count > 1) return 'The request has more than one Host header.';
  const value = raw.headers.host;
  if (!value) return 'The request has no Host header.';
  const shown = JSON.stringify(value.slice(0, 100));
  const host = parseAuthority(value);
  if (!host) return `Host ${shown} is malformed.`;
  const { localPort, localAddress } = raw.socket ?? {};
  const own =
    policy.own.has(host.host) ||
    (localAddress !== undefined && parseIp(host.host) !== undefined && hostKey(localAddress) === host.host);
  // Without a connection (in-process inject) there is no port a browser could have chosen.
  if (own && (host.port === undefined || localPort === undefined || host.port === localPort))
    return undefined;
  const listed = policy.extra.some(
    (e) =>
      e.host === host.host &&
      (e.port === undefined ||
        e.port === host.port ||
        (host.port === undefined && [80, 443].includes(e.port))),
  );
  if (listed) return undefined;
  return own
    ? `Host ${shown} names another port than this relay's (${localPort}); add it to ALLOWED_HOSTS if a proxy or port mapping sends it.`
    : `Host ${shown} is not a name this relay answers to; add it to ALLOWED_HOSTS if it should be.`;
}

/**
 * Answers only to the Host names the relay listens for (DNS rebinding defence, as Jupyter and the
 * Vite dev server do): 421 with CLOVA's error body before any route or body parsing runs.
 */
export function installHostGuard(app: FastifyInstance, config: RelayConfig): void {
  const policy = hostPolicy(config);
  app.addHook('onRequest', async (request) => {
    const reason = hostRefusal(request.raw, policy);
    if (reason) throw new RelayError('0022', reason, 421);
  });
}
