import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyBaseLogger } from 'fastify';
import type { ClovaConfig } from '../../config.ts';
import { RelayError } from '../../errors.ts';
import { KeyedSemaphores, QueueFullError } from '../../util/semaphore.ts';
import type { Engine, EngineInput } from '../engine.ts';
import { jsonBody, jsonFileBody, multipartBody } from './multipartBody.ts';
import type { StreamBody } from './multipartBody.ts';
import { isRateLimited, passThrough } from './passthrough.ts';
import { postOnce, UpstreamError } from './upstream.ts';
import type { UpstreamResponse } from './upstream.ts';

export const CLOVA_NOT_CONFIGURED = 'CLOVA_OCR_INVOKE_URL and CLOVA_OCR_SECRET are not set';

// Generous: a 10-page PDF with tables answers a few MB of JSON.
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

export interface ClovaEngineOptions {
  logger: Pick<FastifyBaseLogger, 'warn' | 'info' | 'debug'>;
  /** First retry pause; doubles each time. */
  retryBaseMs?: number;
}

/**
 * The `clova` engine: forwards the request to CLOVA_OCR_INVOKE_URL with the relay's own secret
 * and hands CLOVA's answer back unchanged. At most `maxConcurrency` calls run per invoke URL
 * (CLOVA caps concurrency per domain); connection failures before any answer and 0025 rate
 * limits are retried with exponential backoff.
 */
export function createClovaEngine(cfg: ClovaConfig | undefined, opts: ClovaEngineOptions): Engine {
  const semaphores = cfg ? new KeyedSemaphores(cfg.maxConcurrency, cfg.maxQueue) : undefined;
  const retryBaseMs = opts.retryBaseMs ?? 500;

  return {
    name: 'clova',
    async availability() {
      if (!cfg) return { available: false, reason: CLOVA_NOT_CONFIGURED };
      return { available: true, details: { host: new URL(cfg.invokeUrl).host } };
    },
    async run(input) {
      if (!cfg || !semaphores)
        throw new RelayError('0500', `The clova engine is not available: ${CLOVA_NOT_CONFIGURED}.`, 503);
      const url = new URL(cfg.invokeUrl);
      const semaphore = semaphores.for(url.origin + url.pathname);
      const body = requestBody(input);
      const headers = { 'x-ocr-secret': cfg.secret.reveal(), accept: 'application/json' };

      for (let attempt = 0; ; attempt++) {
        const last = attempt >= cfg.maxRetries;
        let res: UpstreamResponse;
        try {
          res = await semaphore.run(
            () =>
              postOnce(url, {
                headers,
                body,
                timeoutMs: cfg.timeoutMs,
                maxResponseBytes: MAX_RESPONSE_BYTES,
                signal: input.signal,
              }),
            input.signal,
          );
        } catch (err) {
          if (err instanceof UpstreamError && err.retryable && !last) {
            opts.logger.warn(
              { traceId: input.traceId, attempt, reason: err.message },
              'CLOVA call not delivered; retrying',
            );
            await sleep(retryBaseMs * 2 ** attempt, undefined, { signal: input.signal });
            continue;
          }
          throw explain(err, cfg, url, attempt + 1);
        }
        if (isRateLimited(res) && !last) {
          opts.logger.warn({ traceId: input.traceId, attempt }, 'CLOVA rate limit (0025); retrying');
          await sleep(retryBaseMs * 2 ** attempt, undefined, { signal: input.signal });
          continue;
        }
        return passThrough(res, opts.logger);
      }
    },
  };
}

function requestBody(input: EngineInput): StreamBody {
  if (input.multipart) {
    if (!input.image) throw new Error('multipart request without a spooled image');
    return multipartBody(input.original?.message ?? JSON.stringify(input.request), input.image);
  }
  if (input.original?.jsonFile) return jsonFileBody(input.original.jsonFile);
  return jsonBody(Buffer.from(JSON.stringify(input.request)));
}

function explain(err: unknown, cfg: ClovaConfig, url: URL, attempts: number): unknown {
  if (err instanceof QueueFullError) {
    return new RelayError(
      '0025',
      `The relay already has ${err.maxQueue} requests waiting for CLOVA (at most ${cfg.maxConcurrency} run at once, CLOVA_MAX_CONCURRENCY); try again later.`,
    );
  }
  if (!(err instanceof UpstreamError) || err.kind === 'aborted') return err;
  switch (err.kind) {
    case 'timeout':
      return new RelayError(
        '0500',
        `CLOVA did not answer within ${cfg.timeoutMs} ms (CLOVA_TIMEOUT_MS).`,
        504,
      );
    case 'not-delivered':
      return new RelayError(
        '0500',
        `CLOVA could not be reached at ${url.host}: ${err.message}, ${attempts} attempt(s).`,
        502,
      );
    case 'broken':
      return new RelayError('0500', `CLOVA at ${url.host}: ${err.message}.`, 502);
    case 'too-large':
      return new RelayError(
        '0500',
        `CLOVA ${err.message}; the relay does not pass on answers that large.`,
        502,
      );
  }
}
