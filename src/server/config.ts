import { availableParallelism, tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import { Secret } from './util/secret.ts';

/** Empty values in a .env file mean "not set", not "set to the empty string". */
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined));

const int = (def: number, min: number, max = Number.MAX_SAFE_INTEGER) =>
  optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, { message: 'must be a whole number' })
      .transform(Number)
      .pipe(z.number().int().min(min).max(max))
      .optional()
      .transform((v) => v ?? def),
  );

const httpUrl = optionalText.pipe(
  z
    .string()
    .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), {
      message: 'must be an http(s) URL',
    })
    .optional(),
);

const EnvSchema = z.looseObject({
  HOST: optionalText.transform((v) => v ?? '127.0.0.1'),
  PORT: int(8787, 0, 65535),
  OCR_ENGINE: optionalText.pipe(z.enum(['clova', 'tesseract']).optional()),
  CLOVA_OCR_INVOKE_URL: httpUrl,
  CLOVA_OCR_SECRET: optionalText,
  CLOVA_TIMEOUT_MS: int(30_000, 1),
  CLOVA_MAX_CONCURRENCY: int(5, 1),
  CLOVA_MAX_RETRIES: int(2, 0, 10),
  CLOVA_MAX_QUEUE: int(100, 0),
  RELAY_ACCESS_KEY: optionalText,
  OCR_URL_ALLOWLIST: optionalText,
  URL_FETCH_TIMEOUT_MS: int(15_000, 1),
  REQUEST_TIMEOUT_MS: int(300_000, 1),
  MAX_IMAGE_PIXELS: int(100_000_000, 1),
  TESSERACT_CONCURRENCY: int(0, 0),
  // Read where the helpers are started (queue/run-child.ts), like PATH: listed for .env.example.
  GLIBC_TUNABLES: optionalText,
  LOG_LEVEL: optionalText.pipe(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  ),
  TMPDIR: optionalText,
  // The store (projects, documents, runs): see src/server/store/.
  STORE: optionalText.pipe(z.enum(['sqlite', 'postgres', 'memory']).optional()),
  OCR_DATA_DIR: optionalText,
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      // The message never repeats the value: it may hold a password.
      .refine((u) => /^postgres(ql)?:\/\//.test(u) && URL.canParse(u), {
        message: 'must be a postgres:// or postgresql:// URL',
      })
      .optional(),
  ),
  ALLOW_OPEN_ACCESS: optionalText.pipe(z.enum(['0', '1']).optional()),
  BATCH_CONCURRENCY: int(0, 0, 256),
  BATCH_LEASE_MS: int(30_000, 500),
  MAX_UPLOAD_FILES: int(1000, 1),
  MAX_UPLOAD_BYTES: int(500 * 1024 * 1024, 1),
  MAX_ZIP_ENTRIES: int(5000, 1),
  MAX_UNZIPPED_BYTES: int(1024 * 1024 * 1024, 1),
  MAX_ZIP_RATIO: int(200, 1),
});

/** Every variable the relay reads (all documented in .env.example). */
export const ENV_VARS = Object.keys(EnvSchema.shape);

export interface ClovaConfig {
  invokeUrl: string;
  secret: Secret;
  timeoutMs: number;
  maxConcurrency: number;
  maxRetries: number;
  maxQueue: number;
}

export interface RelayConfig {
  host: string;
  port: number;
  /** Engine named by OCR_ENGINE, if any. */
  engine?: 'clova' | 'tesseract';
  /** Present only when both CLOVA_OCR_INVOKE_URL and CLOVA_OCR_SECRET are set. */
  clova?: ClovaConfig;
  clovaTimeoutMs: number;
  accessKey?: Secret;
  /** Lower-case hostnames that may be fetched even when they resolve to private addresses. */
  urlAllowlist: string[];
  urlFetchTimeoutMs: number;
  /** Longest time a client may take to send a whole request, headers and body. */
  requestTimeoutMs: number;
  maxImagePixels: number;
  tesseractConcurrency: number;
  logLevel: string;
  tmpDir: string;
  store: StoreConfig;
  /** ALLOW_OPEN_ACCESS=1: listen beyond loopback without RELAY_ACCESS_KEY (the store is then open). */
  allowOpenAccess: boolean;
  batch: { concurrency: number; leaseMs: number };
  uploads: UploadLimits;
}

export type StoreConfig =
  | { kind: 'sqlite'; dir: string }
  | { kind: 'memory' }
  /** DATABASE_URL, kept as a Secret: never logged or answered. */
  | { kind: 'postgres'; url: Secret };

export interface UploadLimits {
  /** Files (zip entries included) per upload. */
  maxFiles: number;
  /** Bytes of one upload request. */
  maxBytes: number;
  maxZipEntries: number;
  /** Bytes all entries of one upload's zips may unpack to. */
  maxUnzippedBytes: number;
  /** Largest unpacked / packed ratio of a zip entry (bombs pack far beyond). */
  maxZipRatio: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws a ConfigError naming every bad variable (never its value). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): RelayConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const clova =
    e.CLOVA_OCR_INVOKE_URL && e.CLOVA_OCR_SECRET
      ? {
          invokeUrl: e.CLOVA_OCR_INVOKE_URL,
          secret: new Secret(e.CLOVA_OCR_SECRET),
          timeoutMs: e.CLOVA_TIMEOUT_MS,
          maxConcurrency: e.CLOVA_MAX_CONCURRENCY,
          maxRetries: e.CLOVA_MAX_RETRIES,
          maxQueue: e.CLOVA_MAX_QUEUE,
        }
      : undefined;
  return {
    host: e.HOST,
    port: e.PORT,
    engine: e.OCR_ENGINE,
    clova,
    clovaTimeoutMs: e.CLOVA_TIMEOUT_MS,
    accessKey: e.RELAY_ACCESS_KEY ? new Secret(e.RELAY_ACCESS_KEY) : undefined,
    urlAllowlist: (e.OCR_URL_ALLOWLIST ?? '')
      .split(',')
      .map((h) => normaliseHostname(h))
      .filter((h) => h.length > 0),
    urlFetchTimeoutMs: e.URL_FETCH_TIMEOUT_MS,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    maxImagePixels: e.MAX_IMAGE_PIXELS,
    // 0 means "one per core", which is what tesseract (single-threaded per page) wants.
    tesseractConcurrency: e.TESSERACT_CONCURRENCY || availableParallelism(),
    logLevel: e.LOG_LEVEL ?? 'info',
    tmpDir: e.TMPDIR ?? tmpdir(),
    store: storeConfig(e.STORE, e.OCR_DATA_DIR, e.DATABASE_URL),
    allowOpenAccess: e.ALLOW_OPEN_ACCESS === '1',
    // 0: as many as the engines run at once (tesseract's cores, CLOVA's cap).
    batch: { concurrency: e.BATCH_CONCURRENCY, leaseMs: e.BATCH_LEASE_MS },
    uploads: {
      maxFiles: e.MAX_UPLOAD_FILES,
      maxBytes: e.MAX_UPLOAD_BYTES,
      maxZipEntries: e.MAX_ZIP_ENTRIES,
      maxUnzippedBytes: e.MAX_UNZIPPED_BYTES,
      maxZipRatio: e.MAX_ZIP_RATIO,
    },
  };
}

/** STORE when set, else PostgreSQL when DATABASE_URL is set, else SQLite in OCR_DATA_DIR (./data). */
function storeConfig(
  kind: string | undefined,
  dir: string | undefined,
  url: string | undefined,
): StoreConfig {
  const chosen = kind ?? (url ? 'postgres' : 'sqlite');
  if (chosen === 'memory') return { kind: 'memory' };
  if (chosen === 'postgres') {
    if (!url) throw new ConfigError('Invalid configuration:\n  STORE: postgres needs DATABASE_URL');
    return { kind: 'postgres', url: new Secret(url) };
  }
  return { kind: 'sqlite', dir: resolve(dir ?? 'data') };
}

/** Lower case, no trailing dot, no IPv6 brackets: the form hostnames are compared in. */
export function normaliseHostname(h: string): string {
  return h
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/\.$/, '');
}
