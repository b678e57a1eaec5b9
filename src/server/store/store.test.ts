import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from './store.ts';
import type { NewDocument } from './documents.ts';
import { ID_PATTERN } from './ids.ts';
import { optionKey } from './optionSet.ts';
import type { OptionSet } from './optionSet.ts';
import { backends } from './testing/backends.ts';

const OPTS: OptionSet = { engine: 'tesseract', version: 'V2', lang: 'ko,ja', enableTableDetection: false };

function doc(name: string, content = name): NewDocument {
  const bytes = Buffer.from(`%PDF-1.4 ${content}`);
  return { name, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), format: 'pdf', pages: 1 };
}

for (const backend of backends()) {
  describe.skipIf(backend.skip)(`store on ${backend.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      await backend.setup();
      store = await Store.open(await backend.location());
    });
    afterAll(async () => {
      await store?.close();
      await backend.teardown();
    });

    it('creates, lists, renames and deletes projects with unguessable ids', async () => {
      const p = await store.createProject('Invoices');
      expect(p.id).toMatch(ID_PATTERN);
      expect((await store.listProjects()).find((x) => x.id === p.id)).toMatchObject({
        name: 'Invoices',
        documents: 0,
      });
      expect(await store.renameProject(p.id, 'Receipts')).toMatchObject({ name: 'Receipts' });
      expect(await store.deleteProject(p.id)).toBe(true);
      expect(await store.getProject(p.id)).toBeUndefined();
      expect(await store.deleteProject(p.id)).toBe(false);
    });

    it('makes one Inbox however many ask at once', async () => {
      const all = await Promise.all(Array.from({ length: 8 }, () => store.inbox()));
      expect(new Set(all.map((p) => p.id)).size).toBe(1);
      expect((await store.listProjects()).filter((p) => p.inbox)).toHaveLength(1);
    });

    it('stores identical bytes once and removes them with the last document', async () => {
      const a = await store.createProject('a');
      const b = await store.createProject('b');
      const [da] = await store.addDocuments(a.id, [doc('x.pdf', 'same')]);
      const [db] = await store.addDocuments(b.id, [doc('y.pdf', 'same')]);
      // The same file again in the same project is the same document.
      const [again] = await store.addDocuments(a.id, [doc('x-copy.pdf', 'same')]);
      expect(again.id).toBe(da.id);
      const blobs = () =>
        store.db.selectFrom('blobs').select('sha256').where('sha256', '=', da.sha256).execute();
      expect(await blobs()).toHaveLength(1);
      expect(await store.deleteDocument(da.id)).toBe(true);
      expect(await blobs()).toHaveLength(1);
      expect((await store.getDocumentFile(db.id))?.bytes.toString()).toBe('%PDF-1.4 same');
      await store.deleteProject(b.id);
      expect(await blobs()).toHaveLength(0);
      expect(await store.getDocument(db.id)).toBeUndefined();
    });

    it('stores nothing of an upload when any part fails', async () => {
      const p = await store.createProject('atomic');
      const broken = { ...doc('b.pdf'), name: null as unknown as string };
      await expect(store.addDocuments(p.id, [doc('a.pdf', 'a-atomic'), broken])).rejects.toThrow();
      expect(await store.listDocuments(p.id)).toEqual([]);
      const sha = doc('a.pdf', 'a-atomic').sha256;
      expect(await store.getBlob(sha)).toBeUndefined();
    });

    it('imports a saved response as a done run with unknown options', async () => {
      const p = await store.createProject('imports');
      const [d] = await store.addDocuments(p.id, [{ ...doc('r.pdf', 'imp'), response: '{"version":"V2"}' }]);
      const [listed] = await store.listDocuments(p.id);
      expect(listed.runs).toMatchObject([{ key: 'imported', options: null, status: 'done', imported: true }]);
      expect((await store.getRunResponse(listed.runs[0].id))?.response).toBe('{"version":"V2"}');
      expect(listed.id).toBe(d.id);
    });

    it('queues one run per document and option set, reuses done ones and retries failed ones', async () => {
      const p = await store.createProject('batch');
      await store.addDocuments(p.id, [doc('1.pdf', 'b1'), doc('2.pdf', 'b2'), doc('3.pdf', 'b3')]);
      const first = await store.createBatch(p.id, OPTS);
      expect(await store.getBatch(first)).toMatchObject({ total: 3, queued: 3, key: optionKey(OPTS) });
      const claimed = [];
      for (let i = 0; i < 3; i++) claimed.push(await store.claimRun('relay-a', 60_000));
      expect(await store.claimRun('relay-a', 60_000)).toBeUndefined();
      await store.finishRun('relay-a', claimed[0]!.id, { response: '{"ok":1}' });
      await store.finishRun('relay-a', claimed[1]!.id, { response: '{"ok":2}' });
      await store.finishRun('relay-a', claimed[2]!.id, { code: '0501', message: 'OCR service error.' });
      expect(await store.getBatch(first)).toMatchObject({ total: 3, done: 2, failed: 1, state: 'done' });

      const second = await store.createBatch(p.id, OPTS);
      expect(await store.getBatch(second)).toMatchObject({ total: 3, done: 2, queued: 1, reused: 2 });
      const retry = await store.claimRun('relay-b', 60_000);
      expect(retry?.id).toBe(claimed[2]!.id);
      expect(await store.claimRun('relay-b', 60_000)).toBeUndefined();
      const runs = (await store.listDocuments(p.id)).flatMap((d) => d.runs);
      expect(runs.filter((r) => r.key === optionKey(OPTS))).toHaveLength(3);
    });

    it('never gives one run to two claimers at once', async () => {
      const p = await store.createProject('race');
      await store.addDocuments(
        p.id,
        Array.from({ length: 12 }, (_, i) => doc(`${i}.pdf`, `race-${i}`)),
      );
      await store.createBatch(p.id, { ...OPTS, lang: 'ko' });
      const got = await Promise.all(
        Array.from({ length: 20 }, (_, i) => store.claimRun(`relay-${i % 4}`, 60_000)),
      );
      const ids = got.filter((r) => r !== undefined).map((r) => r.id);
      expect(ids).toHaveLength(12);
      expect(new Set(ids).size).toBe(12);
    });

    it('re-claims a run whose claim lapsed, and ignores the late answer of the old claimer', async () => {
      const p = await store.createProject('lease');
      await store.addDocuments(p.id, [doc('l.pdf', 'lease')]);
      const batch = await store.createBatch(p.id, { ...OPTS, lang: 'en' });
      const dead = await store.claimRun('dead-relay', 1);
      await new Promise((r) => setTimeout(r, 20));
      const alive = await store.claimRun('live-relay', 60_000);
      expect(alive?.id).toBe(dead?.id);
      expect(alive?.attempts).toBe(2);
      expect(await store.finishRun('dead-relay', dead!.id, { response: '{"late":true}' })).toBe(false);
      expect(await store.finishRun('live-relay', alive!.id, { response: '{"ok":true}' })).toBe(true);
      expect((await store.getRunResponse(alive!.id))?.response).toBe('{"ok":true}');
      // A done run is final: nothing claims it again.
      expect(await store.claimRun('live-relay', 60_000)).toBeUndefined();
      expect(await store.getBatch(batch)).toMatchObject({ done: 1, total: 1 });
    });

    it('cancels queued and running runs, but not those another batch still wants', async () => {
      const p = await store.createProject('cancel');
      await store.addDocuments(p.id, [doc('c1.pdf', 'c1'), doc('c2.pdf', 'c2')]);
      const opts = { ...OPTS, enableTableDetection: true };
      const batch = await store.createBatch(p.id, opts);
      const running = await store.claimRun('relay', 60_000);
      expect(await store.cancelBatch(batch)).toEqual([running!.id]);
      expect(await store.getBatch(batch)).toMatchObject({ state: 'cancelled', failed: 2, cancelledJobs: 2 });
      expect(await store.renewClaims('relay', [running!.id], 60_000)).toEqual(new Set());
      expect(await store.cancelBatch('nope')).toBeUndefined();

      // Asked again: the cancelled runs are queued again; a second batch over them keeps them.
      const again = await store.createBatch(p.id, opts);
      const other = await store.createBatch(p.id, opts);
      await store.cancelBatch(again);
      expect(await store.getBatch(other)).toMatchObject({ queued: 2, state: 'running' });
    });
  });
}
