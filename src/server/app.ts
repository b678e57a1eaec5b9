import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import { clientErrorAnswers } from './clientErrors.ts';
import type { RelayConfig } from './config.ts';
import { createDefaultEngines } from './engines/defaultEngines.ts';
import type { Engine, EngineName } from './engines/engine.ts';
import { relayErrorHandler } from './errorHandler.ts';
import { loggerOptions } from './logging.ts';
import { pinnedDialer } from './net/dialer.ts';
import type { Dialer } from './net/dialer.ts';
import { systemResolver } from './net/resolver.ts';
import type { Resolver } from './net/resolver.ts';
import { safeFetchToFile } from './net/safeFetch.ts';
import { MAX_IMAGE_BYTES } from './request/limits.ts';
import type { UrlFetcher } from './request/fetchUrlImage.ts';
import { enginesRoute } from './routes/engines.ts';
import { generalRoute } from './routes/general.ts';
import { healthRoute } from './routes/health.ts';
import { RelayLogController } from './requestLog.ts';
import { samplesRoute } from './routes/samples.ts';
import { installStaticApp } from './routes/staticApp.ts';
import { installStoreApi } from './routes/storeApi.ts';
import type { Store } from './store/store.ts';
import type { Engines } from './selectEngine.ts';

export interface AppDeps {
  /** Engines to use instead of the real ones (tests use fakes and a stub CLOVA). */
  engines?: Partial<Record<EngineName, Engine>>;
  /** DNS and connection for images[].url fetches; tests keep both on loopback. */
  resolver?: Resolver;
  dialer?: Dialer;
  /** Where log lines go (tests capture them). Defaults to stdout. */
  logStream?: NodeJS.WritableStream;
  /** The built React app to serve (dist/); nothing is served when absent. */
  staticRoot?: string;
  /** A store to use instead of the configured one (tests); not closed with the app. */
  store?: Store;
  /** Whether this relay runs batch jobs (default true). */
  batchWorker?: boolean;
}

/** The relay: CLOVA's General OCR API, engine info, health, and the app. Not yet listening. */
export function buildApp(config: RelayConfig, deps: AppDeps = {}): FastifyInstance {
  const clientErrors = clientErrorAnswers(config.requestTimeoutMs);
  const app = Fastify({
    logger: loggerOptions({
      level: config.logLevel,
      secrets: [config.clova?.secret, config.accessKey],
      stream: deps.logStream,
    }),
    genReqId: () => randomBytes(16).toString('hex'),
    // One log line per request instead of Fastify's two.
    logController: new RelayLogController(),
    // Long OCR calls must not hold shutdown forever; main.ts bounds the wait too.
    forceCloseConnections: 'idle',
    // Fastify turns Node's 5-minute request timeout off; without it a client trickling its upload
    // holds a connection (and a temp file) forever. OCR time is not counted: only receiving.
    requestTimeout: config.requestTimeoutMs,
    http: {
      headersTimeout: Math.min(60_000, config.requestTimeoutMs),
      // Node checks for expired requests every 30 s by default: too coarse for short timeouts.
      connectionsCheckingInterval: Math.min(30_000, Math.max(50, Math.floor(config.requestTimeoutMs / 10))),
    },
    clientErrorHandler: clientErrors.handler,
  });
  app.setErrorHandler(relayErrorHandler);
  clientErrors.track(app);

  const engines: Engines = {
    ...createDefaultEngines(config, app.log, deps.engines),
    ...deps.engines,
  } as Engines;
  const fetchUrl: UrlFetcher = (url, dest, signal) =>
    safeFetchToFile(url, dest, {
      resolver: deps.resolver ?? systemResolver,
      dialer: deps.dialer ?? pinnedDialer,
      allowlist: config.urlAllowlist,
      maxBytes: MAX_IMAGE_BYTES,
      timeoutMs: config.urlFetchTimeoutMs,
      signal,
    });

  app.register(generalRoute, { config, engines, fetchUrl });
  app.register(enginesRoute, { config, engines });
  app.register(healthRoute);
  app.register(samplesRoute);
  installStoreApi(app, { config, engines, store: deps.store, batchWorker: deps.batchWorker });
  installStaticApp(app, { root: deps.staticRoot });
  return app;
}
