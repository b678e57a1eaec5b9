import { mkdtemp, readdir, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/http/app.ts';
import type { AppDeps } from '../../src/server/http/app.ts';
import { loadConfig } from '../../src/server/config.ts';

export interface RunningRelay {
  app: FastifyInstance;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Every log line written so far. */
  logs: string[];
  /** The relay's TMPDIR: empty whenever no request is in flight. */
  tmpDir: string;
  tempEntries(): Promise<string[]>;
  post(path: string, init: { body: BodyInit | Buffer; headers?: Record<string, string> }): Promise<Response>;
  close(): Promise<void>;
}

/** A real relay on 127.0.0.1 with its own TMPDIR and a captured log (trace level). */
export async function startRelay(
  env: Record<string, string> = {},
  deps: AppDeps = {},
): Promise<RunningRelay> {
  const tmpDir = await mkdtemp(join(tmpdir(), 'relay-test-'));
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  let app: FastifyInstance;
  try {
    app = buildApp(loadConfig({ LOG_LEVEL: 'trace', TMPDIR: tmpDir, ...env }), { logStream, ...deps });
    await app.listen({ port: 0, host: '127.0.0.1' });
  } catch (err) {
    await rm(tmpDir, { recursive: true, force: true });
    throw err;
  }
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    app,
    origin,
    logs,
    tmpDir,
    tempEntries: () => readdir(tmpDir),
    post: (path, init) =>
      fetch(origin + path, { method: 'POST', body: init.body as BodyInit, headers: init.headers }),
    close: async () => {
      const closing = app.close();
      // fetch (undici) may hold a spare connection open that a graceful close would wait out.
      app.server.closeAllConnections();
      await closing;
      await rm(tmpDir, { recursive: true, force: true });
    },
  };
}
