import { isIPv4, isIPv6 } from 'node:net';

export type IpBytes = { family: 4; bytes: number[] } | { family: 6; bytes: number[] };

/**
 * Parses a literal IP address (dotted IPv4, or IPv6 with optional brackets, zone id or embedded
 * IPv4 tail) into bytes. Returns undefined for anything else, hostnames included. Odd IPv4
 * spellings (`2852039166`, `0xA9FEA9FE`) are turned into dotted form by the WHATWG URL parser
 * before they get here; resolvers only ever return canonical forms.
 */
export function parseIp(text: string): IpBytes | undefined {
  const s = text.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
  if (isIPv4(s)) return { family: 4, bytes: s.split('.').map(Number) };
  if (!isIPv6(s)) return undefined;
  return { family: 6, bytes: ipv6Bytes(s) };
}

function ipv6Bytes(s: string): number[] {
  let text = s;
  const tail: number[] = [];
  // An embedded IPv4 tail (::ffff:1.2.3.4) stands for the last two groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    tail.push(...v4[1].split('.').map(Number));
    text = text.slice(0, -v4[1].length) + '0:0';
  }
  const [head, rest] = text.split('::');
  const groups = (part: string | undefined) => (part ? part.split(':').filter((g) => g.length > 0) : []);
  const left = groups(head);
  const right = groups(rest);
  const missing = 8 - left.length - right.length;
  const all = [...left, ...Array.from({ length: rest === undefined ? 0 : missing }, () => '0'), ...right];
  const bytes = all.flatMap((g) => {
    const n = parseInt(g, 16);
    return [n >> 8, n & 0xff];
  });
  if (tail.length) bytes.splice(12, 4, ...tail);
  return bytes;
}

export function formatIp(ip: IpBytes): string {
  if (ip.family === 4) return ip.bytes.join('.');
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((ip.bytes[i] << 8) | ip.bytes[i + 1]).toString(16));
  return groups.join(':');
}
