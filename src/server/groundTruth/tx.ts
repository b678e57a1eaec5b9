import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Dialect } from '../store/migrations.ts';
import type { Database } from '../store/schema.ts';

/**
 * A transaction that is going to write. On SQLite it begins IMMEDIATE: the write lock is taken
 * before anything is read, so a second relay on the same file waits (busy_timeout) and then reads
 * the committed revision, instead of failing its read-then-write upgrade with SQLITE_BUSY. On
 * PostgreSQL a plain transaction: the conditional `where revision = base` update serialises writers.
 */
export function writeTransaction<T>(
  db: Kysely<Database>,
  dialect: Dialect,
  fn: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (dialect === 'postgres') return db.transaction().execute(fn);
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    let out: T;
    try {
      out = await fn(conn);
    } catch (err) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw err;
    }
    await sql`commit`.execute(conn);
    return out;
  });
}

/** A unique-index violation (SQLite or PostgreSQL): another writer got there first. */
export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
