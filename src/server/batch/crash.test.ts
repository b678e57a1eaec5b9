import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallPng } from '../testing/images.ts';
import { startStubClova } from '../testing/stubClova.ts';
import type { StubClova } from '../testing/stubClova.ts';
import { postgresMissing, startPostgres } from '../store/testing/postgres.ts';
import type { TestPostgres } from '../store/testing/postgres.ts';
import { startRelayProcess } from './testing/relayProcess.ts';
import type { RelayProcess } from './testing/relayProcess.ts';

const SECRET = 'stub-secret';
const KEY = 'clova|V2|ko|false';
let stub: StubClova;
let dir: string;
const relays: RelayProcess[] = [];

beforeAll(async () => {
  stub = await startStubClova({ secret: SECRET });
  // Each CLOVA call takes a while, so a batch is surely mid-way when the relay is killed.
  stub.defaultMode = { kind: 'delay', ms: 250 };
  dir = await mkdtemp(join(tmpdir(), 'store-crash-'));
});
afterAll(async () => {
  for (const r of relays) await r.kill('SIGKILL');
  await stub.close();
  await rm(dir, { recursive: true, force: true });
});

async function relay(env: Record<string, string>): Promise<RelayProcess> {
  const r = await startRelayProcess(dir, {
    OCR_ENGINE: 'clova',
    CLOVA_OCR_INVOKE_URL: stub.url,
    CLOVA_OCR_SECRET: SECRET,
    BATCH_CONCURRENCY: '2',
    BATCH_LEASE_MS: '1500',
    ...env,
  });
  relays.push(r);
  return r;
}

/** A project of `n` distinct PNGs; answers its id and each file's SHA-256. */
async function project(r: RelayProcess, n: number): Promise<{ id: string; shas: string[] }> {
  const id = (
    await (await r.api('/api/projects', { method: 'POST', body: JSON.stringify({ name: 'crash' }) })).json()
  ).id;
  const form = new FormData();
  const shas: string[] = [];
  for (let i = 0; i < n; i++) {
    const png = await smallPng(50 + i, 40);
    shas.push(createHash('sha256').update(png).digest('hex'));
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `d${i}.png`);
  }
  expect((await r.api(`/api/projects/${id}/documents`, { method: 'POST', body: form })).status).toBe(201);
  return { id, shas };
}

async function until<T>(what: () => Promise<T>, ok: (v: T) => boolean, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await what();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out: ${JSON.stringify(v).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const callsPerFile = () => {
  const n = new Map<string, number>();
  for (const q of stub.requests) if (q.file) n.set(q.file.sha256, (n.get(q.file.sha256) ?? 0) + 1);
  return n;
};

async function oneRunEach(r: RelayProcess, projectId: string): Promise<void> {
  const docs = await (await r.api(`/api/projects/${projectId}/documents`)).json();
  for (const d of docs) {
    const runs = d.runs.filter((x: { key: string }) => x.key === KEY);
    expect(runs, d.name).toHaveLength(1);
    expect(runs[0].status).toBe('done');
  }
}

describe('a relay killed mid-batch', () => {
  it('finishes the batch after restart, each document run once for the option set', async () => {
    stub.requests.length = 0;
    const env = { OCR_DATA_DIR: join(dir, 'data') };
    const first = await relay(env);
    const { id, shas } = await project(first, 12);
    const batch = (
      await (
        await first.api(`/api/projects/${id}/batches`, {
          method: 'POST',
          body: JSON.stringify({ options: { engine: 'clova', lang: 'ko' } }),
        })
      ).json()
    ).id;
    const before = await until(
      async () => (await first.api(`/api/batches/${batch}`)).json(),
      (p) => p.done >= 3 && p.running > 0,
    );
    await first.kill('SIGKILL');
    const doneBefore = new Set(
      before.documents
        .filter((d: { status: string }) => d.status === 'done')
        .map((d: { documentId: string }) => d.documentId),
    );

    const second = await relay(env);
    const after = await until(
      async () => (await second.api(`/api/batches/${batch}`)).json(),
      (p) => p.state === 'done',
    );
    expect(after).toMatchObject({ total: 12, done: 12, failed: 0 });
    await oneRunEach(second, id);
    // Runs done before the kill were kept, not run again; at most the two in flight ran twice.
    const calls = callsPerFile();
    const docs = await (await second.api(`/api/projects/${id}/documents`)).json();
    expect(docs.map((d: { sha256: string }) => d.sha256).sort()).toEqual([...shas].sort());
    for (const d of docs) {
      expect(calls.get(d.sha256) ?? 0, d.name).toBeGreaterThanOrEqual(1);
      if (doneBefore.has(d.id)) expect(calls.get(d.sha256), d.name).toBe(1);
    }
    expect(stub.requests.length).toBeLessThanOrEqual(12 + 2);
    await second.kill('SIGTERM');
  });
});

describe.skipIf(postgresMissing())('two relays on one PostgreSQL', () => {
  let pg: TestPostgres;
  beforeAll(async () => {
    pg = await startPostgres();
  });
  afterAll(() => pg?.stop());

  it('share a 20-document batch and run each document once', async () => {
    stub.requests.length = 0;
    const url = await pg.newDatabase();
    const a = await relay({ DATABASE_URL: url });
    const b = await relay({ DATABASE_URL: url });
    const { id, shas } = await project(a, 20);
    const batch = (
      await (
        await b.api(`/api/projects/${id}/batches`, {
          method: 'POST',
          body: JSON.stringify({ options: { engine: 'clova', lang: 'ko' } }),
        })
      ).json()
    ).id;
    const done = await until(
      async () => (await a.api(`/api/batches/${batch}`)).json(),
      (p) => p.state === 'done',
    );
    expect(done).toMatchObject({ total: 20, done: 20, failed: 0 });
    await oneRunEach(b, id);
    const calls = callsPerFile();
    for (const sha of shas) expect(calls.get(sha)).toBe(1);
    expect(stub.requests).toHaveLength(20);
    // Both relays took part: with 2 at a time each, 20 jobs of 250 ms overlap on both.
    expect(stub.maxInFlight).toBeGreaterThan(2);
    for (const r of [a, b]) expect(r.output()).not.toContain(url);
    await a.kill('SIGTERM');
    await b.kill('SIGTERM');
  });
});
