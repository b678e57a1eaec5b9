import { describe, expect, it } from 'vitest';
import { hostKey, originKey, parseAuthority, parseOrigin } from './hostNames.ts';

describe('hostKey', () => {
  it.each([
    ['LocalHost', 'localhost'],
    ['localhost.', 'localhost'],
    ['localhost..', 'localhost.'],
    ['[::1]', '0:0:0:0:0:0:0:1'],
    ['0:0:0:0:0:0:0:1', '0:0:0:0:0:0:0:1'],
    ['[::ffff:127.0.0.1]', '127.0.0.1'],
    ['::FFFF:7f00:1', '127.0.0.1'],
    ['127.0.0.1', '127.0.0.1'],
    ['127.0.0.1.attacker.example', '127.0.0.1.attacker.example'],
  ])('%s -> %s', (name, key) => expect(hostKey(name)).toBe(key));
});

describe('parseAuthority', () => {
  it.each([
    ['localhost:8787', { host: 'localhost', port: 8787 }],
    ['LOCALHOST.:8787', { host: 'localhost', port: 8787 }],
    ['ocr.example.com', { host: 'ocr.example.com' }],
    ['[::1]:8787', { host: '0:0:0:0:0:0:0:1', port: 8787 }],
    ['[::1]', { host: '0:0:0:0:0:0:0:1' }],
  ])('%s', (value, want) => expect(parseAuthority(value)).toEqual(want));

  it.each([
    '',
    ':8787',
    'a:b',
    'a:99999',
    'a b',
    '[::1',
    '[zz::1]:80',
    '::1',
    'a:80:80',
    'a/b',
    'user@a',
    '[::1]x',
  ])('refuses %j', (value) => expect(parseAuthority(value)).toBeUndefined());
});

describe('origins', () => {
  it.each([
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['HTTP://LocalHost:80', 'http://localhost'],
    ['https://tool.example/', 'https://tool.example'],
    ['https://tool.example:443', 'https://tool.example'],
    ['http://[::1]:5173', 'http://[0:0:0:0:0:0:0:1]:5173'],
  ])('%s is origin %s', (value, want) => expect(originKey(value)).toBe(want));

  it.each([
    'null',
    'file:///x',
    'ftp://a.example',
    'http://a.example/path',
    'http://u:p@a.example',
    'x',
    'http://a.example?q',
  ])('refuses %j', (value) => expect(parseOrigin(value)).toBeUndefined());
});
