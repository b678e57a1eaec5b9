import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineInput } from '../engines/engine.ts';
import { fakeEngine } from '../testing/fakeEngine.ts';
import { formBody, messageJson } from '../testing/formBody.ts';
import { smallPng } from '../testing/images.ts';
import { fixtureBytes, startStubClova } from '../testing/stubClova.ts';
import type { StubClova } from '../testing/stubClova.ts';
import { storeApp } from './testing/storeApp.ts';
import type { StoreApp } from './testing/storeApp.ts';

const SECRET = 'stub-secret';

async function waitFor(s: StoreApp, batch: string, state = 'done') {
  for (let i = 0; i < 400; i++) {
    const p = (await s.app.inject(`/api/batches/${batch}`)).json();
    if (p.state === state) return p;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`batch ${batch} never reached ${state}`);
}

async function projectWith(s: StoreApp, n: number): Promise<string> {
  const id = (await s.app.inject({ method: 'POST', url: '/api/projects', payload: { name: 'B' } })).json().id;
  const files = await Promise.all(
    Array.from({ length: n }, async (_, i) => ({ name: `p${i}.png`, bytes: await smallPng(60 + i, 30) })),
  );
  expect((await s.upload(id, files)).statusCode).toBe(201);
  return id;
}

const post = (s: StoreApp, project: string, options: object) =>
  s.app.inject({ method: 'POST', url: `/api/projects/${project}/batches`, payload: { options } });

describe('batches through CLOVA (stub)', () => {
  let stub: StubClova;
  let s: StoreApp;
  beforeAll(async () => {
    stub = await startStubClova({ secret: SECRET });
    s = await storeApp(
      { OCR_ENGINE: 'clova', CLOVA_OCR_INVOKE_URL: stub.url, CLOVA_OCR_SECRET: SECRET },
      { engines: {} },
    );
  });
  afterAll(async () => {
    await s.close();
    await stub.close();
  });

  it('stores each response exactly as /api/ocr/general answers it, once per document and option set', async () => {
    const project = await projectWith(s, 4);
    const created = await post(s, project, { engine: 'clova', lang: 'ko, ja' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ key: 'clova|V2|ko,ja|false', total: 4 });
    const done = await waitFor(s, created.json().id);
    expect(done).toMatchObject({ total: 4, done: 4, failed: 0, queued: 0, running: 0 });
    expect(stub.requests).toHaveLength(4);
    expect(stub.requests[0].message).toMatchObject({
      version: 'V2',
      lang: 'ko,ja',
      images: [{ format: 'png' }],
    });

    const form = await formBody([
      { name: 'message', value: messageJson() },
      { name: 'file', file: await smallPng(), fileName: 'a.png' },
    ]);
    const viaGeneral = await s.app.inject({
      method: 'POST',
      url: '/api/ocr/general',
      payload: form.body,
      headers: { 'content-type': form.contentType },
    });
    const stored = await s.app.inject(`/api/runs/${done.documents[0].runId}/response`);
    expect(stored.rawPayload.equals(viaGeneral.rawPayload)).toBe(true);
    expect(stored.rawPayload.equals(fixtureBytes())).toBe(true);

    // Asked again: every document reuses its done run; nothing is sent to CLOVA.
    const again = await post(s, project, { engine: 'clova', lang: 'ko,ja' });
    expect(await waitFor(s, again.json().id)).toMatchObject({ done: 4, reused: 4 });
    expect(stub.requests).toHaveLength(5);
    const docs = (await s.app.inject(`/api/projects/${project}/documents`)).json();
    for (const d of docs)
      expect(d.runs.filter((r: { key: string }) => r.key === 'clova|V2|ko,ja|false')).toHaveLength(1);
  });

  it("records CLOVA's error code and message, and retries failed runs when asked again", async () => {
    const project = await projectWith(s, 2);
    stub.queue({ kind: 'error', code: '0501' }, { kind: 'error', code: '0501' });
    const first = await post(s, project, { engine: 'clova', version: 'V1' });
    const failed = await waitFor(s, first.json().id);
    expect(failed).toMatchObject({ failed: 2, done: 0 });
    expect(failed.documents[0].error).toEqual({ code: '0501', message: 'OCR service error.' });
    const run = (await s.app.inject(`/api/runs/${failed.documents[0].runId}/response`)).json();
    expect(run).toMatchObject({ code: '0011', message: expect.stringContaining('0501 OCR service error.') });
    const retry = await post(s, project, { engine: 'clova', version: 'V1' });
    expect(await waitFor(s, retry.json().id)).toMatchObject({ done: 2, failed: 0 });
  });

  it('refuses bad options clearly', async () => {
    for (const [options, why] of [
      [{ engine: 'gpt' }, 'options.engine'],
      [{ engine: 'clova', lang: 'fr' }, 'options.lang'],
      [{ engine: 'clova', version: 'V3' }, 'options.version'],
    ] as const) {
      const res = await post(s, 'inbox', options);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: '0011', message: expect.stringContaining(why) });
    }
    expect((await post(s, 'AAAAAAAAAAAAAAAAAAAAAA', { engine: 'clova' })).statusCode).toBe(404);
  });
});

describe('cancelling a batch', () => {
  it('cancels queued jobs and aborts running ones', async () => {
    const aborted: string[] = [];
    const slow = fakeEngine('tesseract', {
      behaviour: (input: EngineInput) =>
        new Promise((_, reject) => {
          input.signal.addEventListener('abort', () => {
            aborted.push(input.request.images[0].name);
            reject(input.signal.reason);
          });
        }),
    });
    const s = await storeApp({ BATCH_CONCURRENCY: '2' }, { engines: { tesseract: slow } });
    try {
      const project = await projectWith(s, 5);
      const batch = (await post(s, project, { engine: 'tesseract' })).json().id;
      const running = await waitFor(s, batch, 'running');
      for (let i = 0; i < 100 && slow.calls.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
      expect(running.total).toBe(5);
      const cancelled = await s.app.inject({ method: 'DELETE', url: `/api/batches/${batch}` });
      expect(cancelled.json()).toMatchObject({
        state: 'cancelled',
        failed: 5,
        cancelledJobs: 5,
        queued: 0,
        running: 0,
      });
      for (let i = 0; i < 100 && aborted.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
      expect(aborted).toHaveLength(2);
      expect(slow.calls).toHaveLength(2);
    } finally {
      await s.close();
    }
  });

  it('streams progress as server-sent events until the batch is over', async () => {
    const s = await storeApp();
    try {
      const project = await projectWith(s, 3);
      const batch = (await post(s, project, { engine: 'tesseract' })).json().id;
      const res = await s.app.inject(`/api/batches/${batch}/events`);
      expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      const events = res.body.trim().split('\n\n');
      expect(events[0]).toMatch(/^event: progress\ndata: \{/);
      const end = events.at(-1)!;
      expect(end).toMatch(/^event: end\n/);
      expect(JSON.parse(end.split('data: ')[1])).toMatchObject({ total: 3, done: 3, state: 'done' });
    } finally {
      await s.close();
    }
  });
});
