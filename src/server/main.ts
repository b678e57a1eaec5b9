import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import type { RelayConfig } from './config.ts';
import { parseIp } from './net/ipAddress.ts';
import { forbiddenReason } from './net/addressPolicy.ts';
import { hasBuiltApp } from './routes/staticApp.ts';
import { storeHolderOf } from './routes/storeApi.ts';

const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(PROJECT_ROOT, 'dist');
// In-flight OCR calls get this long to finish after SIGINT/SIGTERM.
const SHUTDOWN_GRACE_MS = 10_000;

// A .env in the working directory fills in what the environment does not set.
const envFile = join(process.cwd(), '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);

let config: RelayConfig;
try {
  config = loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(1);
}

const app = buildApp(config, { staticRoot: DIST });
if (!hasBuiltApp(DIST))
  app.log.warn(`${DIST}/index.html not found: serving the API only (run npm run build)`);
const host = parseIp(config.host);
const loopbackOnly =
  config.host === 'localhost' || (host !== undefined && forbiddenReason(host)?.startsWith('loopback'));
if (!loopbackOnly && !config.accessKey) {
  // The store holds other people's documents: an open relay beyond loopback hands them out.
  if (!config.allowOpenAccess) {
    console.error(
      `Refusing to listen on ${config.host} without RELAY_ACCESS_KEY: anyone who reaches this port could read, change and delete every stored document. Set RELAY_ACCESS_KEY (clients send it as X-OCR-SECRET), listen on 127.0.0.1, or set ALLOW_OPEN_ACCESS=1 to run open anyway.`,
    );
    process.exit(1);
  }
  app.log.warn(
    `ALLOW_OPEN_ACCESS=1: listening on ${config.host} with no RELAY_ACCESS_KEY. ANYONE WHO REACHES THIS PORT CAN READ, CHANGE AND DELETE EVERY STORED DOCUMENT.`,
  );
}
if (!loopbackOnly && config.clova && !config.accessKey) {
  app.log.warn(
    `listening on ${config.host} with CLOVA credentials and no RELAY_ACCESS_KEY: anyone who reaches this port spends your CLOVA quota`,
  );
}

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down');
  setTimeout(() => {
    app.log.warn('in-flight requests did not finish in time; exiting anyway');
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
  await app.close();
  process.exit(0);
}
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));

// Migrations run, and batch jobs left by a previous run resume, before the first request.
try {
  await storeHolderOf(app)?.get();
} catch {
  app.log.fatal('could not open the store (see the error above); not starting');
  process.exit(1);
}

try {
  await app.listen({ host: config.host, port: config.port });
} catch (err) {
  app.log.fatal({ err }, 'could not start listening');
  process.exit(1);
}
