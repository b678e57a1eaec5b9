import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATION_NAMES } from './migrations.ts';
import { connect, migrate } from './open.ts';
import { Store } from './store.ts';
import { backends } from './testing/backends.ts';

for (const backend of backends()) {
  describe.skipIf(backend.skip)(`migrations on ${backend.name}`, () => {
    beforeAll(() => backend.setup());
    afterAll(() => backend.teardown());

    it('opens a store made by the previous schema version, data intact, and migrates it', async () => {
      expect(MIGRATION_NAMES.length).toBeGreaterThanOrEqual(2);
      const where = await backend.location();
      // A store as the first release made it: migration 1 only, with a document and a run.
      const old = connect(where);
      await migrate(old, MIGRATION_NAMES[0]);
      const t = '2026-01-01T00:00:00.000Z';
      await old.db
        .insertInto('projects')
        .values({ id: 'p'.repeat(22), name: 'Old', kind: null, created: t })
        .execute();
      await old.db
        .insertInto('blobs')
        .values({ sha256: 'a'.repeat(64), bytes: Buffer.from('%PDF-1.4'), size: 8 })
        .execute();
      await old.db
        .insertInto('documents')
        .values({
          id: 'd'.repeat(22),
          project_id: 'p'.repeat(22),
          name: 'old.pdf',
          sha256: 'a'.repeat(64),
          format: 'pdf',
          pages: 1,
          size: 8,
          created: t,
        })
        .execute();
      await old.db
        .insertInto('runs')
        .values({
          id: 'r'.repeat(22),
          document_id: 'd'.repeat(22),
          key: 'imported',
          options: null,
          status: 'done',
          imported: 1,
          response: '{"version":"V2"}',
          error_code: null,
          error_message: null,
          created: t,
          started: null,
          finished: t,
          claimed_by: null,
          lease_until: null,
        })
        .execute();
      const tables = await old.db.introspection.getTables();
      expect(tables.map((x) => x.name)).not.toContain('batches');
      await old.db.destroy();

      const store = await Store.open(where);
      try {
        const [doc] = await store.listDocuments('p'.repeat(22));
        expect(doc).toMatchObject({ name: 'old.pdf', runs: [{ key: 'imported', status: 'done' }] });
        expect((await store.getRunResponse('r'.repeat(22)))?.response).toBe('{"version":"V2"}');
        // The next version's tables work on the old data.
        const batch = await store.createBatch('p'.repeat(22), {
          engine: 'tesseract',
          version: 'V2',
          lang: '',
          enableTableDetection: false,
        });
        expect(await store.getBatch(batch)).toMatchObject({ total: 1, queued: 1 });
      } finally {
        await store.close();
      }
      // Opening again applies nothing and loses nothing.
      const reopened = await Store.open(where);
      expect(await reopened.listDocuments('p'.repeat(22))).toHaveLength(1);
      await reopened.close();
    });
  });
}
