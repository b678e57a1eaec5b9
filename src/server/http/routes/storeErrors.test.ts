import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { SQLITE_FILE } from '../../store/open.ts';
import { smallPng } from '../../../../test/support/images.ts';
import { storeApp } from '../../../../test/support/store/storeApp.ts';

describe('a locked database', () => {
  it('answers a clear 503 and stores nothing of the upload', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'store-locked-'));
    const s = await storeApp({}, {}, { kind: 'sqlite', dir });
    const other = new SQLite(join(dir, SQLITE_FILE));
    try {
      await s.app.inject('/api/projects');
      // Another process holds the write lock longer than the store waits for it (5 s).
      other.exec('BEGIN EXCLUSIVE');
      const res = await s.upload('inbox', [{ name: 'a.png', bytes: await smallPng(64, 33) }]);
      other.exec('ROLLBACK');
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ code: '0500', message: expect.stringContaining('store is busy') });
      expect((await s.app.inject('/api/projects/inbox/documents')).json()).toEqual([]);
      // Once the lock is gone the same upload goes through.
      const again = await s.upload('inbox', [{ name: 'a.png', bytes: await smallPng(64, 33) }]);
      expect(again.statusCode).toBe(201);
    } finally {
      other.close();
      await s.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
