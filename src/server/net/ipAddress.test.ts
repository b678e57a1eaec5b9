import { describe, expect, it } from 'vitest';
import { formatIp, parseIp } from './ipAddress.ts';

describe('parseIp', () => {
  it('parses dotted IPv4', () => {
    expect(parseIp('169.254.169.254')).toEqual({ family: 4, bytes: [169, 254, 169, 254] });
  });

  it('parses IPv6 in all its spellings', () => {
    expect(parseIp('::1')?.bytes).toEqual([...Array(15).fill(0), 1]);
    expect(parseIp('[::]')?.bytes).toEqual(Array(16).fill(0));
    expect(parseIp('fe80::1%eth0')?.bytes.slice(0, 2)).toEqual([0xfe, 0x80]);
    expect(parseIp('2001:db8::8a2e:370:7334')?.bytes).toEqual([
      0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0x8a, 0x2e, 0x03, 0x70, 0x73, 0x34,
    ]);
    expect(parseIp('::ffff:127.0.0.1')?.bytes).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 127, 0, 0, 1,
    ]);
    expect(parseIp('[::ffff:7f00:1]')?.bytes).toEqual([
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 127, 0, 0, 1,
    ]);
    expect(parseIp('1:2:3:4:5:6:7:8')?.bytes[15]).toBe(8);
  });

  it('refuses hostnames and non-canonical IPv4 (which URL parsing canonicalises first)', () => {
    expect(parseIp('example.com')).toBeUndefined();
    expect(parseIp('2852039166')).toBeUndefined();
    expect(parseIp('0xA9FEA9FE')).toBeUndefined();
    expect(parseIp('1.2.3')).toBeUndefined();
  });

  it('round-trips through formatIp', () => {
    expect(formatIp(parseIp('10.1.2.3')!)).toBe('10.1.2.3');
    expect(formatIp(parseIp('2001:db8::1')!)).toBe('2001:db8:0:0:0:0:0:1');
  });
});
