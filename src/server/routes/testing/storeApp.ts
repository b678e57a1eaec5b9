import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../app.ts';
import type { AppDeps } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import type { StoreLocation } from '../../store/open.ts';
import { Store } from '../../store/store.ts';
import { fakeEngine } from '../../testing/fakeEngine.ts';
import { formBody } from '../../testing/formBody.ts';

export interface StoreApp {
  app: FastifyInstance;
  store: Store;
  /** POSTs files as `file` parts to a project's documents. */
  upload(
    projectId: string,
    files: { name: string; bytes: Buffer }[],
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** An app on a fresh SQLite store (or the location given), fake engines unless given. */
export async function storeApp(
  env: Record<string, string> = {},
  deps: AppDeps = {},
  location?: StoreLocation,
): Promise<StoreApp> {
  const dir = await mkdtemp(join(tmpdir(), 'store-app-'));
  const store = await Store.open(location ?? { kind: 'sqlite', dir });
  const app = buildApp(loadConfig({ LOG_LEVEL: 'silent', TMPDIR: dir, OCR_ENGINE: 'tesseract', ...env }), {
    engines: { tesseract: fakeEngine('tesseract') },
    ...deps,
    store,
  });
  return {
    app,
    store,
    upload: async (projectId, files, headers = {}) => {
      const { body, contentType } = await formBody(
        files.map((f) => ({ name: 'file', file: f.bytes, fileName: f.name })),
      );
      return app.inject({
        method: 'POST',
        url: `/api/projects/${projectId}/documents`,
        payload: body,
        headers: { 'content-type': contentType, ...headers },
      });
    },
    close: async () => {
      await app.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
