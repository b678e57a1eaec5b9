import { describe, expect, it } from 'vitest';
import { withBatchStatus } from './batchOverlay.ts';
import type { BatchProgress, StoredDocument } from './schemas.ts';

const K = 'tesseract|V2|en|false';
const doc = (id: string, status?: 'queued' | 'done'): StoredDocument => ({
  id,
  name: id,
  sha256: id,
  format: 'png',
  pages: 1,
  runs: status ? [{ id: `r-${id}`, key: K, options: null, status, imported: false, failure: null }] : [],
});
const batch = (documents: BatchProgress['documents']): BatchProgress => ({
  total: 3,
  queued: 0,
  running: 0,
  done: 0,
  failed: 0,
  key: K,
  documents,
});

describe('batch statuses over the documents list', () => {
  it("takes the batch's newer status and run, adds a run the list did not have yet, keeps the rest", () => {
    const docs = [doc('a', 'queued'), doc('b'), doc('c', 'done')];
    const out = withBatchStatus(
      docs,
      batch([
        { documentId: 'a', runId: 'r-a', name: 'a', status: 'done' },
        {
          documentId: 'b',
          runId: 'r-b',
          name: 'b',
          status: 'failed',
          error: { code: '0500', message: 'Busy' },
        },
      ]),
    );
    expect(out[0].runs[0]).toMatchObject({ id: 'r-a', status: 'done' });
    expect(out[1].runs).toEqual([
      {
        id: 'r-b',
        key: K,
        options: null,
        status: 'failed',
        imported: false,
        failure: { code: '0500', message: 'Busy' },
      },
    ]);
    expect(out[2]).toBe(docs[2]);
  });

  it('returns the same array when the batch changes nothing (or has no per-document list)', () => {
    const docs = [doc('a', 'done')];
    expect(withBatchStatus(docs, batch([{ documentId: 'a', runId: 'r-a', name: 'a', status: 'done' }]))).toBe(
      docs,
    );
    expect(withBatchStatus(docs, batch(undefined))).toBe(docs);
    expect(withBatchStatus(docs, undefined)).toBe(docs);
  });
});
