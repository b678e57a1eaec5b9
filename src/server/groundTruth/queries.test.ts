import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../../test/support/store/backends.ts';
import { Store } from '../store/store.ts';
import { CLOVA_V1, PAGE_WORDS, responseOf, runBatch, sleep, TESSERACT_KO } from './gt.testutil.ts';
import type { Word } from './gt.testutil.ts';
import { applyChangeBatch, putTruthText, readGroundTruth, readTruthText } from './queries.ts';
import type { GtDb } from './queries.ts';
import { readRow } from './state.ts';

const page = (words: Word[]) => responseOf([{ words, width: 400, height: 200 }]);
const misread = PAGE_WORDS.map((w) => ({ ...w, text: `${w.text}~` }));

for (const backend of backends()) {
  describe.skipIf(backend.skip)(`ground-truth queries on ${backend.name}`, () => {
    let one: Store;
    let two: Store;
    const g = (s: Store): GtDb => ({ db: s.db, dialect: s.dialect });
    beforeAll(async () => {
      await backend.setup();
      const where = await backend.location();
      one = await Store.open(where);
      // Two stores stand for two relays. Not for SQLite in one process: better-sqlite3 waits for a
      // lock synchronously, so it would wait on its own thread; two relay processes on one SQLite
      // file are tested in groundTruthConcurrency.test.ts.
      two = backend.name === 'sqlite' ? one : await Store.open(where);
    });
    afterAll(async () => {
      await one?.close();
      if (two !== one) await two?.close();
      await backend.teardown();
    });

    let n = 0;
    /** A project with one document (optionally with a done run answering PAGE_WORDS). */
    async function doc(run: boolean) {
      const project = await one.createProject(`p${++n}`);
      const bytes = Buffer.from(`%PDF-1.4 ${backend.name} ${n}`);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const [d] = await one.addDocuments(project.id, [
        { name: 'd.pdf', bytes, sha256, format: 'pdf', pages: 1 },
      ]);
      if (run) await runBatch(one, project.id, TESSERACT_KO, () => page(PAGE_WORDS));
      return { id: d.id, project: project.id };
    }

    it('pins the run a reader was shown: an edit made on it after a re-run is refused, not put on another word', async () => {
      const d = await doc(true);
      expect((await readGroundTruth(g(one), d.id))?.revision).toBe(0);
      await sleep(5);
      await runBatch(one, d.project, CLOVA_V1, () => page(misread));
      const edit = { baseRevision: 0, changes: [{ op: 'edit' as const, id: 'p0.w1', text: 'world' }] };
      expect(await applyChangeBatch(g(two), d.id, edit)).toEqual({ kind: 'conflict', revision: 1 });
      const gt = await readGroundTruth(g(one), d.id);
      expect(gt?.revision).toBe(1);
      expect(gt?.images[0].fields[1].inferText).toBe('wrld~');
      // Still unreviewed: it follows the run, nothing is stored but the pin.
      expect((await readRow(one.db, d.id))?.body).toBeNull();
      expect(await applyChangeBatch(g(two), d.id, { ...edit, baseRevision: 1 })).toEqual({
        kind: 'applied',
        revision: 2,
      });
    });

    it('moves a reviewed ground truth onto a new run once, however many relays read it at once', async () => {
      const d = await doc(true);
      await applyChangeBatch(g(one), d.id, {
        baseRevision: 0,
        changes: [{ op: 'edit', id: 'p0.w2', text: 'from' }],
      });
      await sleep(5);
      await runBatch(one, d.project, CLOVA_V1, () => page(misread));
      const reads = await Promise.all(
        Array.from({ length: 6 }, (_, k) => readGroundTruth(g(k % 2 ? one : two), d.id)),
      );
      expect(new Set(reads.map((r) => r?.revision))).toEqual(new Set([2]));
      const row = await readRow(one.db, d.id);
      expect(row?.revision).toBe(2);
      const texts = reads[0]?.images[0].fields.map((f) => f.inferText);
      expect(texts?.slice(0, 4)).toEqual(['Hello~', 'wrld~', 'from', '서울~']);
    });

    it('stores text for a document without a run, and parallel writers of the text all land', async () => {
      const d = await doc(false);
      expect(await readTruthText(g(one), d.id)).toBeUndefined();
      expect(await readGroundTruth(g(one), d.id)).toBeUndefined();
      const results = await Promise.all(
        ['one', 'two', 'three', 'four'].map((t, k) => putTruthText(g(k % 2 ? one : two), d.id, t)),
      );
      expect(results.map((r) => (r.kind === 'applied' ? r.revision : -1)).sort()).toEqual([1, 2, 3, 4]);
      expect(['one', 'two', 'three', 'four']).toContain(await readTruthText(g(two), d.id));
      // With a base, only one of two writers on the same revision wins.
      const based = await Promise.all([
        putTruthText(g(one), d.id, 'A', 4),
        putTruthText(g(two), d.id, 'B', 4),
      ]);
      expect(based.map((r) => r.kind).sort()).toEqual(['applied', 'conflict']);
      // Boxes arrive with a run later; the text stays.
      await runBatch(one, d.project, TESSERACT_KO, () => page(PAGE_WORDS));
      const gt = await readGroundTruth(g(one), d.id);
      expect(gt?.revision).toBe(6);
      expect(['A', 'B']).toContain(await readTruthText(g(one), d.id));
    });

    it('keeps serving the reviewed ground truth when a newer run cannot be read', async () => {
      const d = await doc(true);
      await applyChangeBatch(g(one), d.id, {
        baseRevision: 0,
        changes: [{ op: 'edit', id: 'p0.w1', text: 'world' }],
      });
      await sleep(5);
      await one.db
        .insertInto('runs')
        .values({
          id: 'broken-run-0000000000' + backend.name.length,
          document_id: d.id,
          key: 'clova|V2||false',
          options: null,
          status: 'done',
          imported: 0,
          response: '{"not":"a response"}',
          error_code: null,
          error_message: null,
          created: new Date().toISOString(),
          started: null,
          finished: new Date().toISOString(),
          claimed_by: null,
          lease_until: null,
        })
        .execute();
      const gt = await readGroundTruth(g(two), d.id);
      expect(gt?.revision).toBe(1);
      expect(gt?.images[0].fields[1]).toMatchObject({ inferText: 'world', review: 'corrected' });
      expect(
        await applyChangeBatch(g(one), d.id, { baseRevision: 1, changes: [{ op: 'accept', id: 'p0.w0' }] }),
      ).toEqual({ kind: 'applied', revision: 2 });
    });

    it('answers no-run for changes to a document with nothing to change', async () => {
      const d = await doc(false);
      expect(
        await applyChangeBatch(g(one), d.id, { baseRevision: 0, changes: [{ op: 'accept', id: 'p0.w0' }] }),
      ).toEqual({ kind: 'no-run' });
    });
  });
}
