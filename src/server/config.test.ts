import { describe, expect, it } from 'vitest';
import { availableParallelism, tmpdir } from 'node:os';
import { inspect } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import { ConfigError, ENV_VARS, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has safe defaults on an empty environment', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      host: '127.0.0.1',
      port: 8787,
      engine: undefined,
      clova: undefined,
      accessKey: undefined,
      urlAllowlist: [],
      urlFetchTimeoutMs: 15000,
      requestTimeoutMs: 300_000,
      maxImagePixels: 100_000_000,
      tesseractConcurrency: availableParallelism(),
      logLevel: 'info',
      tmpDir: tmpdir(),
    });
  });

  it('enables clova only when both URL and secret are set', () => {
    expect(
      loadConfig({ CLOVA_OCR_INVOKE_URL: 'https://x.apigw.ntruss.com/custom/v1/1/h/general' }).clova,
    ).toBeUndefined();
    expect(loadConfig({ CLOVA_OCR_SECRET: 's' }).clova).toBeUndefined();
    const c = loadConfig({
      CLOVA_OCR_INVOKE_URL: 'https://x.example/general',
      CLOVA_OCR_SECRET: 'topsecret',
    });
    expect(c.clova).toMatchObject({
      invokeUrl: 'https://x.example/general',
      timeoutMs: 30000,
      maxConcurrency: 5,
      maxRetries: 2,
    });
    expect(c.clova?.secret.reveal()).toBe('topsecret');
  });

  it('treats empty values as unset', () => {
    const c = loadConfig({ PORT: '', OCR_ENGINE: '', CLOVA_OCR_SECRET: '', RELAY_ACCESS_KEY: '  ' });
    expect(c.port).toBe(8787);
    expect(c.engine).toBeUndefined();
    expect(c.accessKey).toBeUndefined();
  });

  it('parses numbers, lists and the engine name', () => {
    const c = loadConfig({
      PORT: '0',
      OCR_ENGINE: 'tesseract',
      OCR_URL_ALLOWLIST: ' Intranet.Example. , 127.0.0.1,,[::1]',
      MAX_IMAGE_PIXELS: '5000',
      TESSERACT_CONCURRENCY: '3',
      TMPDIR: '/var/tmp',
      REQUEST_TIMEOUT_MS: '2500',
    });
    expect(c.requestTimeoutMs).toBe(2500);
    expect(c.port).toBe(0);
    expect(c.engine).toBe('tesseract');
    expect(c.urlAllowlist).toEqual(['intranet.example', '127.0.0.1', '::1']);
    expect(c.maxImagePixels).toBe(5000);
    expect(c.tesseractConcurrency).toBe(3);
    expect(c.tmpDir).toBe('/var/tmp');
  });

  it('names bad variables without echoing the secret', () => {
    const run = () =>
      loadConfig({
        PORT: '99999',
        OCR_ENGINE: 'gpt',
        CLOVA_OCR_INVOKE_URL: 'ftp://x',
        CLOVA_OCR_SECRET: 'sekrit-value',
      });
    expect(run).toThrow(ConfigError);
    try {
      run();
    } catch (e) {
      const msg = (e as Error).message;
      expect(msg).toContain('PORT');
      expect(msg).toContain('OCR_ENGINE');
      expect(msg).toContain('CLOVA_OCR_INVOKE_URL');
      expect(msg).not.toContain('sekrit-value');
    }
  });

  it('never prints secrets when the whole config is inspected or serialised', () => {
    const c = loadConfig({
      CLOVA_OCR_INVOKE_URL: 'https://x.example/g',
      CLOVA_OCR_SECRET: 'sekrit-value',
      RELAY_ACCESS_KEY: 'door-key',
    });
    for (const text of [JSON.stringify(c), inspect(c, { depth: 9 })]) {
      expect(text).not.toContain('sekrit-value');
      expect(text).not.toContain('door-key');
    }
  });
});

describe('store configuration', () => {
  it('defaults to SQLite in ./data, PostgreSQL with DATABASE_URL, memory when asked', () => {
    expect(loadConfig({}).store).toEqual({ kind: 'sqlite', dir: join(process.cwd(), 'data') });
    expect(loadConfig({ OCR_DATA_DIR: '/srv/ocr' }).store).toEqual({ kind: 'sqlite', dir: '/srv/ocr' });
    expect(loadConfig({ STORE: 'memory', DATABASE_URL: 'postgres://h/db' }).store).toEqual({
      kind: 'memory',
    });
    const pg = loadConfig({ DATABASE_URL: 'postgres://u:pw-sekrit@127.0.0.1:5432/db' }).store;
    expect(pg.kind === 'postgres' && pg.url.reveal()).toBe('postgres://u:pw-sekrit@127.0.0.1:5432/db');
    expect(JSON.stringify(loadConfig({ DATABASE_URL: 'postgres://u:pw-sekrit@h/db' }))).not.toContain(
      'sekrit',
    );
  });

  it('names a bad DATABASE_URL or STORE without echoing the URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://u:pw-sekrit@h/db' })).toThrow(/DATABASE_URL/);
    try {
      loadConfig({ DATABASE_URL: 'mysql://u:pw-sekrit@h/db' });
    } catch (e) {
      expect((e as Error).message).not.toContain('sekrit');
    }
    expect(() => loadConfig({ STORE: 'postgres' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ STORE: 'mongo' })).toThrow(/STORE/);
  });

  it('reads the batch and upload limits', () => {
    const c = loadConfig({ ALLOW_OPEN_ACCESS: '1', BATCH_CONCURRENCY: '3', MAX_ZIP_ENTRIES: '7' });
    expect(c.allowOpenAccess).toBe(true);
    expect(c.batch).toEqual({ concurrency: 3, leaseMs: 30_000 });
    expect(c.uploads.maxZipEntries).toBe(7);
    expect(loadConfig({}).allowOpenAccess).toBe(false);
  });
});

describe('.env.example', () => {
  const text = readFileSync(join(import.meta.dirname, '../../.env.example'), 'utf8');
  it('documents every variable the relay reads', () => {
    const example = parseEnv(text);
    expect(Object.keys(example).sort()).toEqual([...ENV_VARS].sort());
  });
  it('is a valid configuration as it stands', () => {
    expect(loadConfig(parseEnv(text))).toMatchObject({ host: '127.0.0.1', port: 8787, clova: undefined });
  });
});
