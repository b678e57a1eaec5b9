import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';
import { migrationProvider } from './migrations.ts';
import type { Dialect } from './migrations.ts';

/** Where the store lives: a SQLite file in a directory, SQLite in memory, or PostgreSQL. */
export type StoreLocation =
  { kind: 'sqlite'; dir: string } | { kind: 'memory' } | { kind: 'postgres'; url: string };

export interface OpenDb {
  db: Kysely<Database>;
  dialect: Dialect;
}

export const SQLITE_FILE = 'ocr-inspector.sqlite';

/** Opens the database (no migrations). */
export function connect(where: StoreLocation): OpenDb {
  if (where.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: where.url, max: 10 });
    // An idle client's error (server restart) must not crash the relay; the next query reports it.
    pool.on('error', () => undefined);
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres' };
  }
  let file = ':memory:';
  if (where.kind === 'sqlite') {
    mkdirSync(where.dir, { recursive: true, mode: 0o700 });
    file = join(where.dir, SQLITE_FILE);
  }
  const sqlite = new SQLite(file);
  // WAL: readers never wait for the writer; NORMAL sync is crash-safe for a killed process.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // Another process (a second relay, a backup) holding the write lock is waited for, briefly.
  sqlite.pragma('busy_timeout = 5000');
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }),
    dialect: 'sqlite',
  };
}

/** Applies every migration not yet applied (or up to `target`); throws when one fails. */
export async function migrate(open: OpenDb, target?: string): Promise<void> {
  const migrator = new Migrator({ db: open.db, provider: migrationProvider(open.dialect) });
  const result = target ? await migrator.migrateTo(target) : await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`store migration ${failed} failed: ${(result.error as Error).message ?? result.error}`);
  }
}
