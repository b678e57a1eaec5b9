import { formatIp, parseIp } from '../net/ipAddress.ts';

/** A `Host` header (or an ALLOWED_HOSTS entry) split into its comparable parts. */
export interface Authority {
  /** Lower case, one trailing dot removed; IP literals in one canonical form (see hostKey). */
  host: string;
  /** Absent when the value carried no port. */
  port?: number;
}

/**
 * The form host names are compared in: lower case, one trailing dot removed, IPv6 brackets gone,
 * and an IP literal written one way only (`::ffff:127.0.0.1` is 127.0.0.1, `[::1]` is
 * 0:0:0:0:0:0:0:1), so no spelling of an address slips past a comparison.
 */
export function hostKey(name: string): string {
  const bare = name
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
  const ip = parseIp(bare);
  if (!ip || bare.includes('%')) return bare;
  const b = ip.bytes;
  const mapped = ip.family === 6 && b.slice(0, 10).every((x) => x === 0) && b[10] === 0xff && b[11] === 0xff;
  return mapped ? b.slice(12).join('.') : formatIp(ip);
}

const BRACKETED = /^\[([0-9a-f:.]+)\](?::(\d{1,5}))?$/i;
// RFC 3986 reg-name or IPv4, without the percent-encoded forms no real Host needs.
const NAMED = /^([a-z0-9\-._~!$&'()*+,;=]+)(?::(\d{1,5}))?$/i;

/** Parses `host[:port]` as a Host header carries it; undefined for anything malformed. */
export function parseAuthority(value: string): Authority | undefined {
  const m = BRACKETED.exec(value) ?? NAMED.exec(value);
  if (!m) return undefined;
  if (BRACKETED.test(value) && !parseIp(m[1])) return undefined;
  const port = m[2] === undefined ? undefined : Number(m[2]);
  if (port !== undefined && port > 65535) return undefined;
  const host = hostKey(m[1]);
  if (!host) return undefined;
  return port === undefined ? { host } : { host, port };
}

/** The port a browser leaves out of Host and Origin for a scheme. */
export function defaultPort(scheme: string): number | undefined {
  return scheme === 'http:' ? 80 : scheme === 'https:' ? 443 : undefined;
}

/**
 * `scheme://host[:port]` as browsers serialise an origin; undefined for `null`, other schemes,
 * or anything with a path, query, fragment or credentials (no browser sends those in Origin).
 */
export function parseOrigin(value: string): { scheme: string; authority: Authority } | undefined {
  if (!URL.canParse(value)) return undefined;
  const url = new URL(value);
  const port = url.port ? Number(url.port) : defaultPort(url.protocol);
  if (port === undefined || url.username || url.password || url.search || url.hash) return undefined;
  if (url.pathname !== '/') return undefined;
  return { scheme: url.protocol, authority: { host: hostKey(url.hostname), port } };
}

/** The serialised origin (`http://example.com:8080`) of a value that parseOrigin accepts. */
export function originKey(value: string): string | undefined {
  const parsed = parseOrigin(value);
  if (!parsed) return undefined;
  const { scheme, authority } = parsed;
  const host = authority.host.includes(':') ? `[${authority.host}]` : authority.host;
  return authority.port === defaultPort(scheme)
    ? `${scheme}//${host}`
    : `${scheme}//${host}:${authority.port}`;
}
