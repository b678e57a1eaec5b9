import { parseIp } from './ipAddress.ts';
import type { IpBytes } from './ipAddress.ts';

interface Range {
  prefix: number[];
  bits: number;
  what: string;
}

const r = (cidr: string, what: string): Range => {
  const [addr, bits] = cidr.split('/');
  const ip = parseIp(addr);
  if (!ip) throw new Error(`bad range ${cidr}`);
  return { prefix: ip.bytes, bits: Number(bits), what };
};

// Everything a URL fetch must never reach unless the hostname is allowlisted (RFC 6890 and the
// IANA special-purpose registries).
const V4: Range[] = [
  r('0.0.0.0/8', '"this network" (0.0.0.0/8)'),
  r('10.0.0.0/8', 'private (10.0.0.0/8)'),
  r('100.64.0.0/10', 'carrier-grade NAT (100.64.0.0/10)'),
  r('127.0.0.0/8', 'loopback (127.0.0.0/8)'),
  r('169.254.0.0/16', 'link-local (169.254.0.0/16)'),
  r('172.16.0.0/12', 'private (172.16.0.0/12)'),
  r('192.0.0.0/24', 'IETF protocol assignments (192.0.0.0/24)'),
  r('192.0.2.0/24', 'documentation (192.0.2.0/24)'),
  r('192.88.99.0/24', '6to4 relay (192.88.99.0/24)'),
  r('192.168.0.0/16', 'private (192.168.0.0/16)'),
  r('198.18.0.0/15', 'benchmarking (198.18.0.0/15)'),
  r('198.51.100.0/24', 'documentation (198.51.100.0/24)'),
  r('203.0.113.0/24', 'documentation (203.0.113.0/24)'),
  r('224.0.0.0/4', 'multicast (224.0.0.0/4)'),
  r('240.0.0.0/4', 'reserved (240.0.0.0/4)'),
];

const V6: Range[] = [
  r('::/128', 'unspecified (::)'),
  r('::1/128', 'loopback (::1)'),
  r('::ffff:0:0/96', 'IPv4-mapped (::ffff:0:0/96)'),
  r('::/96', 'IPv4-compatible (::/96)'),
  r('64:ff9b::/96', 'NAT64 (64:ff9b::/96)'),
  r('64:ff9b:1::/48', 'local NAT64 (64:ff9b:1::/48)'),
  r('100::/64', 'discard-only (100::/64)'),
  r('2001::/23', 'IETF protocol assignments, Teredo included (2001::/23)'),
  r('2001:db8::/32', 'documentation (2001:db8::/32)'),
  r('2002::/16', '6to4 (2002::/16)'),
  r('3fff::/20', 'documentation (3fff::/20)'),
  r('fc00::/7', 'unique local (fc00::/7)'),
  r('fe80::/10', 'link-local (fe80::/10)'),
  r('fec0::/10', 'site-local (fec0::/10)'),
  r('ff00::/8', 'multicast (ff00::/8)'),
];

function inRange(bytes: number[], range: Range): boolean {
  const full = range.bits >> 3;
  for (let i = 0; i < full; i++) if (bytes[i] !== range.prefix[i]) return false;
  const rest = range.bits & 7;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return (bytes[full] & mask) === (range.prefix[full] & mask);
}

/**
 * Why the relay must not connect to `ip`, or undefined when it is an ordinary public address.
 * IPv6 outside global unicast (2000::/3) is refused as a whole, which covers loopback, mapped
 * IPv4, unique-local, link-local and multicast whatever their spelling.
 */
export function forbiddenReason(ip: IpBytes): string | undefined {
  if (ip.family === 4) return V4.find((range) => inRange(ip.bytes, range))?.what;
  const known = V6.find((range) => inRange(ip.bytes, range));
  if (known) return known.what;
  if ((ip.bytes[0] & 0xe0) !== 0x20) return 'not global unicast IPv6 (outside 2000::/3)';
  return undefined;
}
