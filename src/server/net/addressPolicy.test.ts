import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { forbiddenReason } from './addressPolicy.ts';
import { parseIp } from './ipAddress.ts';

const reason = (s: string) => {
  const ip = parseIp(s);
  if (!ip) throw new Error(`not an IP: ${s}`);
  return forbiddenReason(ip);
};

describe('forbiddenReason', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['100.127.255.255', 'carrier-grade NAT'],
    ['0.0.0.0', 'this network'],
    ['0.1.2.3', 'this network'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.5', 'documentation'],
    ['198.18.0.1', 'benchmarking'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['::ffff:127.0.0.1', 'IPv4-mapped'],
    ['::ffff:8.8.8.8', 'IPv4-mapped'],
    ['::127.0.0.1', 'IPv4-compatible'],
    ['fc00::1', 'unique local'],
    ['fd12:3456::1', 'unique local'],
    ['fe80::1', 'link-local'],
    ['febf::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['64:ff9b::a9fe:a9fe', 'NAT64'],
    ['2001::1', 'Teredo'],
    ['2002:7f00:1::', '6to4'],
    ['2001:db8::1', 'documentation'],
    ['4000::1', 'not global unicast'],
  ])('refuses %s (%s)', (ip, what) => {
    expect(reason(ip)).toContain(what);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '172.15.255.255',
    '172.32.0.0',
    '100.63.255.255',
    '100.128.0.0',
    '223.255.255.255',
    '2606:4700::1111',
    '2a00:1450::1',
  ])('allows the public address %s', (ip) => {
    expect(reason(ip)).toBeUndefined();
  });

  it('refuses every 10/8, 127/8, 169.254/16 and 192.168/16 address', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 255 }),
        (a, b, c) => {
          expect(forbiddenReason({ family: 4, bytes: [10, a, b, c] })).toBeDefined();
          expect(forbiddenReason({ family: 4, bytes: [127, a, b, c] })).toBeDefined();
          expect(forbiddenReason({ family: 4, bytes: [169, 254, b, c] })).toBeDefined();
          expect(forbiddenReason({ family: 4, bytes: [192, 168, b, c] })).toBeDefined();
          expect(forbiddenReason({ family: 4, bytes: [172, 16 + (a & 15), b, c] })).toBeDefined();
        },
      ),
    );
  });

  it('refuses every IPv4-mapped IPv6 address, whatever IPv4 it carries', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }), (v4) => {
        expect(
          forbiddenReason({ family: 6, bytes: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...v4] }),
        ).toBeDefined();
      }),
    );
  });
});
