import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measured, type Metric } from './metric.ts';
import { startRelayProcess } from './relay/relayProcess.ts';
import { median, round } from './stats.ts';
import { newId, nowIso } from '../src/server/store/ids.ts';
import { Store } from '../src/server/store/store.ts';

const DOCUMENTS = 5000;
const WARMUP = 5;
const ROUNDS = 30;
const KEYS = ['tesseract|V2|ko|false', 'clova|V2|ko,ja|false'];

/** A SQLite store holding one project of `n` documents, each with a done run per key. */
async function seed(dir: string, n: number): Promise<string> {
  const store = await Store.open({ kind: 'sqlite', dir });
  try {
    const project = await store.createProject('5,000 documents');
    const docs = Array.from({ length: n }, (_, i) => {
      const bytes = Buffer.from(`%PDF-1.4 bench document ${i}`);
      return {
        name: `scans/invoice-${String(i).padStart(5, '0')}.pdf`,
        bytes,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        format: 'pdf',
        pages: 1 + (i % 3),
      };
    });
    const stored = await store.addDocuments(project.id, docs);
    const now = nowIso();
    for (let i = 0; i < stored.length; i += 500) {
      const rows = stored.slice(i, i + 500).flatMap((d) =>
        KEYS.map((key) => {
          const [engine, version, lang, tables] = key.split('|');
          return {
            id: newId(),
            document_id: d.id,
            key,
            options: JSON.stringify({ engine, version, lang, enableTableDetection: tables === 'true' }),
            status: 'done' as const,
            imported: 0,
            response: '{"version":"V2","requestId":"x","timestamp":0,"images":[]}',
            error_code: null,
            error_message: null,
            created: now,
            started: now,
            finished: now,
            claimed_by: null,
            lease_until: null,
          };
        }),
      );
      await store.db.insertInto('runs').values(rows).execute();
    }
    return project.id;
  } finally {
    await store.close();
  }
}

/**
 * store.list_5000_p50_ms: `GET /api/projects/:id/documents` of a 5,000-document project (two
 * done runs each) from the relay process over HTTP on 127.0.0.1, SQLite store; whole request
 * until the last byte, p50 of 30 after 5 warm-up requests.
 */
export async function measureStoreList(signal: AbortSignal): Promise<Metric[]> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-store-'));
  try {
    const project = await seed(dir, DOCUMENTS);
    const relay = await startRelayProcess({ OCR_DATA_DIR: dir }, signal);
    try {
      const url = `${relay.origin}/api/projects/${project}/documents`;
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < WARMUP + ROUNDS; i++) {
        signal.throwIfAborted();
        const t0 = performance.now();
        const res = await fetch(url);
        const body = await res.arrayBuffer();
        const ms = performance.now() - t0;
        if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
        bytes = body.byteLength;
        if (i >= WARMUP) times.push(ms);
      }
      return [
        measured('store.list_5000_p50_ms', median(times), {
          documents: DOCUMENTS,
          runsPerDocument: KEYS.length,
          responseKb: round(bytes / 1000, 0),
          minMs: round(Math.min(...times)),
          maxMs: round(Math.max(...times)),
        }),
      ];
    } finally {
      await relay.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
