import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoreLocation } from '../open.ts';
import { postgresMissing, startPostgres } from './postgres.ts';
import type { TestPostgres } from './postgres.ts';

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** Skipped only where PostgreSQL is not installed and CI is not set. */
  skip: boolean;
  setup(): Promise<void>;
  /** A new, empty store location (a SQLite file in a temp dir, or a fresh PostgreSQL database). */
  location(): Promise<StoreLocation>;
  teardown(): Promise<void>;
}

export function sqliteBackend(): Backend {
  const dirs: string[] = [];
  return {
    name: 'sqlite',
    skip: false,
    setup: async () => undefined,
    location: async () => {
      const dir = await mkdtemp(join(tmpdir(), 'store-sqlite-'));
      dirs.push(dir);
      return { kind: 'sqlite', dir };
    },
    teardown: async () => {
      await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}

export function postgresBackend(): Backend {
  let server: TestPostgres | undefined;
  return {
    name: 'postgres',
    skip: postgresMissing(),
    setup: async () => {
      server = await startPostgres();
    },
    location: async () => {
      if (!server) throw new Error('PostgreSQL not started');
      return { kind: 'postgres', url: await server.newDatabase() };
    },
    teardown: async () => {
      await server?.stop();
    },
  };
}

/** Both databases the store runs on: every store test runs against each. */
export const backends = (): Backend[] => [sqliteBackend(), postgresBackend()];
