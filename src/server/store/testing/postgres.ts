import { execFile } from 'node:child_process';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
const PG_ROOT = '/usr/lib/postgresql';
// Ports this project's tests may use for PostgreSQL (loopback only).
const PORTS = [18050, 18051, 18052, 18053, 18054, 18055, 18056, 18057, 18058, 18059];

export interface TestPostgres {
  /** A fresh, empty database on the server: postgres://postgres@127.0.0.1:<port>/<name> */
  newDatabase(): Promise<string>;
  stop(): Promise<void>;
}

/** The newest installed PostgreSQL's bin directory, or undefined. */
export function postgresBin(): string | undefined {
  if (!existsSync(PG_ROOT)) return undefined;
  // Synchronous on purpose: decides describe.skipIf while tests are collected.
  const versions = readdirSync(PG_ROOT).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) if (existsSync(join(PG_ROOT, v, 'bin', 'initdb'))) return join(PG_ROOT, v, 'bin');
  return undefined;
}

/** Skip PostgreSQL tests only where it is not installed and not in CI (CI must have it). */
export function postgresMissing(): boolean {
  const missing = postgresBin() === undefined;
  if (missing && process.env.CI) throw new Error('PostgreSQL is not installed (run scripts/ensure.sh test)');
  return missing;
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

/**
 * A throwaway PostgreSQL server: initdb in a temp directory, pg_ctl start on a free loopback
 * port (as the `postgres` user when running as root, since PostgreSQL refuses root), trust auth
 * on loopback only. `stop()` stops it and removes the directory.
 */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql');
  const dir = await mkdtemp(join(tmpdir(), 'store-pg-'));
  const asRoot = userInfo().uid === 0;
  const exec = (cmd: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]) : run(join(bin, cmd), args);
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const data = join(dir, 'data');
  await exec('initdb', [
    '-D',
    data,
    '-U',
    'postgres',
    '-A',
    'trust',
    '-E',
    'UTF8',
    '--no-sync',
    '--no-instructions',
  ]);
  let port = 0;
  for (const candidate of PORTS.sort(() => Math.random() - 0.5)) {
    if (!(await portFree(candidate))) continue;
    const opts = `-p ${candidate} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
    try {
      await exec('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', opts, '-w', '-t', '30', 'start']);
      port = candidate;
      break;
    } catch {
      // Taken meanwhile by another test file: try the next port.
    }
  }
  if (!port) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`no free port for PostgreSQL in ${PORTS[0]}-${PORTS.at(-1)}`);
  }
  const base = `postgres://postgres@127.0.0.1:${port}`;
  let n = 0;
  return {
    async newDatabase() {
      const name = `t${process.pid}_${++n}`;
      const client = new pg.Client({ connectionString: `${base}/postgres` });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
      return `${base}/${name}`;
    },
    async stop() {
      await exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
