import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { hasBuiltApp, installStaticApp } from './staticApp.ts';

let dist: string;
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'dist-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>OCR Inspector</title>');
  await writeFile(join(dist, 'assets', 'app.js'), 'console.log(1)');
});
afterAll(async () => {
  await rm(dist, { recursive: true, force: true });
});

async function appWith(root?: string) {
  const app = Fastify();
  app.post('/api/ocr/general', async () => ({ ok: true }));
  installStaticApp(app, { root });
  await app.ready();
  return app;
}

describe('installStaticApp', () => {
  it('knows a built app by its index.html', () => {
    expect(hasBuiltApp(dist)).toBe(true);
    expect(hasBuiltApp(join(dist, 'assets'))).toBe(false);
    expect(hasBuiltApp(undefined)).toBe(false);
  });

  it('serves files and falls back to index.html for client routes', async () => {
    const app = await appWith(dist);
    expect((await app.inject('/assets/app.js')).body).toBe('console.log(1)');
    for (const url of ['/', '/documents/42?page=2']) {
      const res = await app.inject(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.body).toContain('OCR Inspector');
    }
    await app.close();
  });

  it('answers API misses with a CLOVA-shaped 404, built app or not', async () => {
    for (const root of [dist, undefined]) {
      const app = await appWith(root);
      for (const [method, url] of [
        ['GET', '/api/nothing'],
        ['POST', '/api/ocr/other'],
        ['DELETE', '/x'],
      ] as const) {
        const res = await app.inject({ method, url });
        expect(res.statusCode).toBe(404);
        expect(res.json()).toMatchObject({
          code: '0001',
          message: `URL is invalid. No route for ${method} ${url}.`,
          path: url,
        });
      }
      await app.close();
    }
  });

  it('has no pages without a built app', async () => {
    const app = await appWith(undefined);
    expect((await app.inject('/')).statusCode).toBe(404);
    await app.close();
  });
});
