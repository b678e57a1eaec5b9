import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { OPENAPI } from './openapi.ts';
import { storeApp } from './testing/storeApp.ts';
import type { StoreApp } from './testing/storeApp.ts';

let s: StoreApp;
beforeAll(async () => {
  s = await storeApp();
});
afterAll(() => s.close());

describe('projects API', () => {
  it('lists the Inbox (made on demand), creates, renames and deletes projects', async () => {
    const list = await s.app.inject('/api/projects');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject([{ name: 'Inbox', inbox: true, documents: 0 }]);
    const created = await s.app.inject({
      method: 'POST',
      url: '/api/projects',
      payload: { name: ' Invoices ' },
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    expect(created.json()).toMatchObject({ id, name: 'Invoices', documents: 0 });
    expect((await s.app.inject('/api/projects')).json().map((p: { name: string }) => p.name)).toEqual([
      'Inbox',
      'Invoices',
    ]);
    const renamed = await s.app.inject({
      method: 'PATCH',
      url: `/api/projects/${id}`,
      payload: { name: 'Bills' },
    });
    expect(renamed.json()).toMatchObject({ id, name: 'Bills' });
    expect((await s.app.inject(`/api/projects/${id}`)).json()).toMatchObject({ name: 'Bills', batches: [] });
    expect((await s.app.inject({ method: 'DELETE', url: `/api/projects/${id}` })).statusCode).toBe(204);
    expect((await s.app.inject(`/api/projects/${id}`)).statusCode).toBe(404);
  });

  it("answers bad input and unknown ids in CLOVA's error body", async () => {
    const bad = await s.app.inject({ method: 'POST', url: '/api/projects', payload: { name: '' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      code: '0011',
      path: '/api/projects',
      message: expect.stringContaining('name'),
    });
    expect(typeof bad.json().traceId).toBe('string');
    const extra = await s.app.inject({
      method: 'POST',
      url: '/api/projects',
      payload: { name: 'x', owner: 'me' },
    });
    expect(extra.json().code).toBe('0011');
    for (const url of [
      '/api/projects/nope',
      '/api/projects/AAAAAAAAAAAAAAAAAAAAAA',
      '/api/documents/../etc',
    ]) {
      const res = await s.app.inject(url);
      expect(res.statusCode).toBe(404);
    }
    const missing = await s.app.inject({ method: 'DELETE', url: '/api/documents/AAAAAAAAAAAAAAAAAAAAAA' });
    expect(missing.json()).toMatchObject({ code: '0011', message: expect.stringContaining('No document') });
  });
});

describe('access', () => {
  it('needs RELAY_ACCESS_KEY as X-OCR-SECRET on every store route when it is set', async () => {
    const keyed = await storeApp({ RELAY_ACCESS_KEY: 'door-key' });
    try {
      const urls = [
        '/api/projects',
        '/api/projects/inbox/documents',
        '/api/openapi.json',
        '/api/batches/AAAAAAAAAAAAAAAAAAAAAA',
      ];
      for (const url of urls) {
        const res = await keyed.app.inject(url);
        expect(res.statusCode, url).toBe(401);
        expect(res.json().code).toBe('0002');
        expect(res.body).not.toContain('door-key');
        expect((await keyed.app.inject({ url, headers: { 'x-ocr-secret': 'wrong' } })).statusCode).toBe(401);
      }
      expect(
        (await keyed.app.inject({ url: '/api/projects', headers: { 'x-ocr-secret': 'door-key' } }))
          .statusCode,
      ).toBe(200);
      // Not through the URL: keys in URLs end up in logs.
      expect((await keyed.app.inject('/api/projects?key=door-key')).statusCode).toBe(401);
    } finally {
      await keyed.close();
    }
  });
});

describe('GET /api/openapi.json', () => {
  it('documents every route the relay serves', async () => {
    const app = buildApp(loadConfig({ LOG_LEVEL: 'silent', STORE: 'memory' }));
    const routes: string[] = [];
    app.addHook('onRoute', (r) => {
      const methods = [r.method].flat().filter((m) => m !== 'HEAD');
      if (r.url.startsWith('/api/') || r.url === '/general' || r.url === '/healthz')
        for (const m of methods) routes.push(`${m.toLowerCase()} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    });
    await app.ready();
    const doc = (await app.inject('/api/openapi.json')).json();
    await app.close();
    expect(doc.openapi).toBe('3.1.0');
    expect(routes.length).toBeGreaterThan(20);
    for (const r of routes) {
      const [method, path] = r.split(' ');
      expect(doc.paths[path]?.[method], r).toBeDefined();
    }
    expect(Object.keys(doc.paths).sort()).toEqual(Object.keys(OPENAPI.paths).sort());
  });
});
