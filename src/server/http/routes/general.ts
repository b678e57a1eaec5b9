import type { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { checkAccessKey } from '../access.ts';
import type { RelayConfig } from '../../config.ts';
import type { Engine, EngineOutput } from '../../engines/engine.ts';
import { invalidBody } from '../../errors.ts';
import { checkImage } from '../../input/checkImage.ts';
import { fetchUrlImage } from '../../request/fetchUrlImage.ts';
import type { UrlFetcher } from '../../request/fetchUrlImage.ts';
import {
  bodyTooLarge,
  JSON_BODY_LIMIT,
  MEMORY_SPOOL_TOTAL,
  MULTIPART_BODY_LIMIT,
  MULTIPART_LIMITS,
} from '../../request/limits.ts';
import { parseJsonRequest } from '../../request/parseJsonRequest.ts';
import { parseMultipartRequest } from '../../request/parseMultipartRequest.ts';
import type { ParsedRequest } from '../../request/parsedRequest.ts';
import { noteForLog } from '../requestLog.ts';
import { MemoryBudget } from '../../request/memoryBudget.ts';
import { Scratch } from '../../request/scratch.ts';
import { SizeLimitError, spoolToFile } from '../../bytes/spool.ts';
import { selectEngine } from '../../engines/selectEngine.ts';
import type { Engines } from '../../engines/selectEngine.ts';

export interface GeneralRouteOptions {
  config: RelayConfig;
  engines: Engines;
  fetchUrl: UrlFetcher;
}

interface RequestState {
  engine: Engine;
  scratch: Scratch;
}

/**
 * CLOVA General OCR's endpoint, same request and answers: `POST /api/ocr/general` (and
 * `POST /general`, so a CLOVA invoke URL can be swapped for the relay's origin). Access and
 * engine are settled before any body byte is read; the image is spooled (memory or temp file) and
 * checked before an engine sees it; temp files are gone before the answer leaves.
 */
export async function generalRoute(app: FastifyInstance, opts: GeneralRouteOptions): Promise<void> {
  const { config, engines, fetchUrl } = opts;
  const states = new WeakMap<FastifyRequest, RequestState>();
  // Shared by all requests of this relay: bounds the memory that small uploads may hold at once.
  const budget = new MemoryBudget(MEMORY_SPOOL_TOTAL);
  const stateOf = (request: FastifyRequest): RequestState => {
    const state = states.get(request);
    if (!state) throw new Error('request state missing');
    return state;
  };

  await app.register(multipart, { limits: MULTIPART_LIMITS });
  // JSON bodies go to disk as they arrive (up to 67 MB of base64): the clova engine forwards that
  // file unchanged, and memory holds a parsed copy only while the request is checked.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', async (request: FastifyRequest, payload: Readable) => {
    if (Number(request.headers['content-length']) > JSON_BODY_LIMIT) throw bodyTooLarge();
    const path = await stateOf(request).scratch.path('body.json');
    try {
      return { path, size: await spoolToFile(payload, path, JSON_BODY_LIMIT) };
    } catch (err) {
      throw err instanceof SizeLimitError ? bodyTooLarge() : err;
    }
  });

  app.addHook('onRequest', async (request, reply) => {
    checkAccessKey(request.headers['x-ocr-secret'], config.accessKey);
    const engine = await selectEngine(request.headers['x-ocr-engine'], config, engines);
    const scratch = new Scratch(config.tmpDir);
    states.set(request, { engine, scratch });
    // Covers the exits that never reach the handler's cleanup (body refused, client gone).
    reply.raw.once('close', () => {
      scratch.cleanup().catch((err) => request.log.warn({ err }, 'temp cleanup failed'));
    });
  });

  // Before any error answer leaves, its request's temp files are gone.
  app.addHook('onError', async (request) => {
    await states.get(request)?.scratch.cleanup();
  });

  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    const { engine, scratch } = stateOf(request);
    const gone = new AbortController();
    const onClose = () => {
      if (!reply.raw.writableFinished) gone.abort(new Error('client closed the connection'));
    };
    reply.raw.once('close', onClose);
    let out: EngineOutput;
    try {
      const parsed = await parse(request, scratch, budget);
      const image = parsed.image ?? (await localImage(parsed, engine, scratch, gone.signal));
      if (image) await checkImage(image, config.maxImagePixels);
      const facts = {
        engine: engine.name,
        multipart: parsed.multipart,
        bytes: image?.size,
        format: image?.format,
      };
      noteForLog(request, facts);
      request.log.debug(facts, 'ocr request');
      out = await engine.run({
        request: parsed.request,
        version: parsed.version,
        langs: parsed.langs,
        image,
        multipart: parsed.multipart,
        original: parsed.original,
        signal: gone.signal,
        traceId: request.id,
      });
    } finally {
      reply.raw.off('close', onClose);
      await scratch.cleanup();
    }
    reply.code(out.status);
    for (const [k, v] of Object.entries(out.headers ?? {})) reply.header(k, v);
    if (out.raw) return reply.send(out.raw);
    return reply.type('application/json; charset=utf-8').send(out.body);
  };

  async function localImage(parsed: ParsedRequest, engine: Engine, scratch: Scratch, signal: AbortSignal) {
    // clova fetches URLs itself; the relay fetches only for engines that need the bytes.
    if (!parsed.url || engine.name === 'clova') return undefined;
    return fetchUrlImage(parsed.url, parsed.request.images[0].format, scratch, fetchUrl, signal);
  }

  app.post('/api/ocr/general', handler);
  app.post('/general', handler);
}

async function parse(
  request: FastifyRequest,
  scratch: Scratch,
  budget: MemoryBudget,
): Promise<ParsedRequest> {
  if (request.isMultipart()) {
    // Refused before reading: a declared length this large cannot be a valid request.
    if (Number(request.headers['content-length']) > MULTIPART_BODY_LIMIT)
      throw bodyTooLarge(MULTIPART_BODY_LIMIT);
    return parseMultipartRequest(request.parts(), scratch, budget);
  }
  const body = request.body as { path?: unknown; size?: unknown } | undefined;
  if (typeof body?.path !== 'string' || typeof body.size !== 'number') {
    throw invalidBody('Content-Type must be application/json or multipart/form-data.');
  }
  return parseJsonRequest({ path: body.path, size: body.size }, scratch);
}
