import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.ts';

describe('ALLOWED_HOSTS and CORS_ORIGINS', () => {
  it('default to nothing beyond the relay’s own names and origin', () => {
    expect(loadConfig({})).toMatchObject({ allowedHosts: [], corsOrigins: [] });
  });

  it('parse comma lists into comparable forms', () => {
    const c = loadConfig({
      ALLOWED_HOSTS: ' OCR.Example.com. , proxy.example:8443,,[::1]:9000',
      CORS_ORIGINS: 'https://Tool.Example/, http://localhost:3000',
    });
    expect(c.allowedHosts).toEqual([
      { host: 'ocr.example.com' },
      { host: 'proxy.example', port: 8443 },
      { host: '0:0:0:0:0:0:0:1', port: 9000 },
    ]);
    expect(c.corsOrigins).toEqual(['https://tool.example', 'http://localhost:3000']);
  });

  it.each([
    ['ALLOWED_HOSTS', 'http://ocr.example.com'],
    ['ALLOWED_HOSTS', 'ocr.example.com:99999'],
    ['ALLOWED_HOSTS', 'a b'],
    ['CORS_ORIGINS', '*'],
    ['CORS_ORIGINS', 'tool.example'],
    ['CORS_ORIGINS', 'https://tool.example/app'],
    ['CORS_ORIGINS', 'null'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});
