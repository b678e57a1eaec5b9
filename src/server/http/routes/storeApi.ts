import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { checkAccessKey } from '../access.ts';
import { executeRun } from '../../batch/executeRun.ts';
import { BatchWorker } from '../../batch/worker.ts';
import type { RelayConfig } from '../../config.ts';
import { relayErrorHandler } from '../errorHandler.ts';
import { MAX_IMAGE_BYTES } from '../../request/limits.ts';
import type { Engines } from '../../engines/selectEngine.ts';
import { StoreHolder } from '../../store/holder.ts';
import { storeError } from '../../store/storeErrors.ts';
import { Store } from '../../store/store.ts';
import { batchRoutes } from './batches.ts';
import { documentRoutes } from './documents.ts';
import { groundTruthRoutes } from './groundTruth.ts';
import { groundTruthExportRoutes } from './groundTruthExport.ts';
import { openApiRoute } from './openapi.ts';
import { projectArchiveRoutes } from './projectArchive.ts';
import { projectRoutes } from './projects.ts';
import { runRoutes } from './runs.ts';
import type { StoreContext } from './storeContext.ts';

const holders = new WeakMap<FastifyInstance, StoreHolder>();

/** The app's store (main.ts opens it at start). */
export function storeHolderOf(app: FastifyInstance): StoreHolder | undefined {
  return holders.get(app);
}

export interface StoreApiOptions {
  config: RelayConfig;
  engines: Engines;
  /** A store to use instead of the configured one (tests); the app does not close it. */
  store?: Store;
  /** Whether this relay runs batch jobs (default true). */
  batchWorker?: boolean;
}

/**
 * The store's API: projects, documents, runs, batches, the project archive and the OpenAPI
 * document, all behind RELAY_ACCESS_KEY when it is set. Store failures (locked, full, down)
 * become clear CLOVA error bodies.
 */
export function installStoreApi(app: FastifyInstance, opts: StoreApiOptions): void {
  const { config, engines } = opts;
  let worker: BatchWorker | undefined;
  const stores = new StoreHolder(
    () => (opts.store ? Promise.resolve(opts.store) : Store.open(locationOf(config))),
    (store) => {
      if (opts.batchWorker === false) return;
      worker = new BatchWorker(store, (run, signal) => executeRun(run, signal, { store, config, engines }), {
        concurrency:
          config.batch.concurrency ||
          Math.max(config.tesseractConcurrency, config.clova?.maxConcurrency ?? 0),
        leaseMs: config.batch.leaseMs,
        pollMs: Math.min(2000, config.batch.leaseMs),
        log: app.log,
      });
      worker.start();
    },
    (err) => app.log.error({ err: { message: (err as Error).message } }, 'the store could not be opened'),
    !opts.store,
  );
  holders.set(app, stores);
  app.addHook('onClose', async () => stores.close(async () => worker?.stop()));

  const ctx: StoreContext = { config, engines, stores, worker: () => worker };
  app.register(async (api) => {
    api.addHook('onRequest', async (request) =>
      checkAccessKey(request.headers['x-ocr-secret'], config.accessKey),
    );
    api.setErrorHandler((err, request, reply) => relayErrorHandler(storeError(err) ?? err, request, reply));
    // Uploads (documents, project archives): many files, each read whole before it is stored.
    await api.register(multipart, {
      limits: {
        fileSize: Math.max(MAX_IMAGE_BYTES, config.uploads.maxBytes) + 1,
        files: config.uploads.maxFiles,
        parts: config.uploads.maxFiles + 20,
        fieldSize: 1024 * 1024,
        headerPairs: 100,
      },
    });
    await api.register(openApiRoute);
    await api.register(projectRoutes, ctx);
    await api.register(documentRoutes, ctx);
    await api.register(runRoutes, ctx);
    await api.register(batchRoutes, ctx);
    await api.register(projectArchiveRoutes, ctx);
    await api.register(groundTruthRoutes, ctx);
    await api.register(groundTruthExportRoutes, ctx);
  });
}

function locationOf(config: RelayConfig) {
  const s = config.store;
  return s.kind === 'postgres' ? { kind: 'postgres' as const, url: s.url.reveal() } : s;
}
