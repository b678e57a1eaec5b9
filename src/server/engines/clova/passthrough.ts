import type { FastifyBaseLogger } from 'fastify';
import { OcrResponseSchema } from '../../../clova/index.ts';
import { RelayError } from '../../errors.ts';
import type { EngineOutput } from '../engine.ts';
import type { UpstreamResponse } from './upstream.ts';

/**
 * CLOVA's answer as the relay's answer: same status, same bytes, same Content-Type. The schema
 * check only warns (CLOVA may add fields the contract does not know yet). A body that is not
 * JSON at all (a gateway error page, a cut answer) becomes a clear CLOVA-shaped 502 instead.
 */
export function passThrough(res: UpstreamResponse, logger: Pick<FastifyBaseLogger, 'warn'>): EngineOutput {
  // JSON syntax reads the same in latin1 as in UTF-8: bytes >= 0x80 can only stand inside strings,
  // where any character is allowed. latin1 is a plain copy; UTF-8 decoding took ~0.2 ms of the
  // relay's time for 70 KB of Korean text (issue #5). The schema check looks at shapes, not text.
  let shape: unknown;
  try {
    shape = JSON.parse(res.body.toString('latin1'));
  } catch {
    const type = res.headers['content-type'] ?? 'no Content-Type';
    throw new RelayError(
      '0500',
      `CLOVA answered HTTP ${res.status} with a body that is not JSON (${type}, ${res.body.length} bytes).`,
      502,
    );
  }
  // The check only warns: it runs once the answer is on its way, not before.
  if (res.status === 200) setImmediate(checkShape, shape, logger);
  let body: unknown;
  return {
    status: res.status,
    // The relay sends `raw`; the parsed text is decoded properly only if something reads it.
    get body() {
      return (body ??= JSON.parse(res.body.toString('utf8')));
    },
    raw: res.body,
    headers: { 'content-type': String(res.headers['content-type'] ?? 'application/json;charset=UTF-8') },
  };
}

function checkShape(shape: unknown, logger: Pick<FastifyBaseLogger, 'warn'>): void {
  const check = OcrResponseSchema.safeParse(sample(shape));
  if (!check.success) {
    logger.warn(
      { issues: check.error.issues.slice(0, 5) },
      'CLOVA answer does not match the response schema; relayed as is',
    );
  }
}

// The schema check only warns. On the first entries of each list it catches a changed shape just
// as well, without zod copying a 10^5-field answer (about 60 MB of heap for 20 MB of JSON).
const SAMPLE = 100;

function sample(body: unknown): unknown {
  const record = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (!record(body) || !Array.isArray(body.images)) return body;
  return {
    ...body,
    images: body.images.slice(0, SAMPLE).map((image: unknown) => {
      if (!record(image)) return image;
      const out = { ...image };
      if (Array.isArray(image.fields)) out.fields = image.fields.slice(0, SAMPLE);
      if (Array.isArray(image.tables)) out.tables = image.tables.slice(0, SAMPLE);
      return out;
    }),
  };
}

/** CLOVA's "rate limit" answer (400/0025): the one error worth sending again after a pause. */
export function isRateLimited(res: UpstreamResponse): boolean {
  if (res.status !== 400) return false;
  try {
    return (JSON.parse(res.body.toString('utf8')) as { code?: unknown }).code === '0025';
  } catch {
    return false;
  }
}
