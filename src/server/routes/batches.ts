import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { invalidBody } from '../errors.ts';
import { defaultEngineName } from '../selectEngine.ts';
import type { BatchProgress } from '../store/batches.ts';
import { optionKey, OptionSetInput } from '../store/optionSet.ts';
import { bodyOf, idFrom, notFound, projectFrom } from './storeContext.ts';
import type { StoreContext } from './storeContext.ts';

const BatchBody = z.strictObject({ options: OptionSetInput.partial({ engine: true }) });
// Progress events at most this often; a final event when the batch is over.
const EVENT_INTERVAL_MS = 500;

/** Batches: queue a run of every document with one option set, follow it, cancel it. */
export async function batchRoutes(app: FastifyInstance, ctx: StoreContext): Promise<void> {
  app.post('/api/projects/:id/batches', async (request, reply) => {
    const { options } = bodyOf(BatchBody, request.body);
    const full = {
      engine: options.engine ?? defaultEngineName(ctx.config),
      version: options.version,
      lang: options.lang,
      enableTableDetection: options.enableTableDetection,
    };
    const store = await ctx.stores.get();
    const project = await projectFrom(request.params, store);
    const id = await store.createBatch(project.id, full);
    ctx.worker()?.wake();
    const progress = await store.getBatch(id);
    return reply.code(201).send({ id, key: optionKey(full), ...summary(progress!) });
  });

  app.get('/api/projects/:id/batches', async (request) => {
    const store = await ctx.stores.get();
    return store.listBatches((await projectFrom(request.params, store)).id);
  });

  app.get('/api/batches/:id', async (request) => {
    const progress = await (await ctx.stores.get()).getBatch(idFrom(request.params, 'batch'));
    if (!progress) throw notFound('batch');
    return progress;
  });

  app.get('/api/batches/:id/events', (request, reply) => streamProgress(request, reply, ctx));

  app.delete('/api/batches/:id', async (request) => {
    const store = await ctx.stores.get();
    const id = idFrom(request.params, 'batch');
    const running = await store.cancelBatch(id);
    if (!running) throw notFound('batch');
    // Runs on this relay stop now; other relays see it when they renew their claims.
    ctx.worker()?.abort(running);
    return store.getBatch(id);
  });
}

function summary(p: BatchProgress) {
  const { total, queued, running, done, failed, state, reused } = p;
  return { total, queued, running, done, failed, state, reused };
}

/**
 * Server-sent events: a `progress` event with the whole BatchProgress whenever it changes
 * (checked twice a second), and an `end` event when the batch is done or cancelled. Read with
 * fetch (the access key goes in the X-OCR-SECRET header, never the URL) or EventSource.
 */
async function streamProgress(
  request: FastifyRequest,
  reply: FastifyReply,
  ctx: StoreContext,
): Promise<void> {
  const store = await ctx.stores.get();
  const id = idFrom(request.params, 'batch');
  const first = await store.getBatch(id);
  if (!first) throw notFound('batch');
  if (request.headers.accept && !/text\/event-stream|\*\/\*/.test(request.headers.accept))
    throw invalidBody('This stream is text/event-stream.');
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    'x-accel-buffering': 'no',
  });
  let last = '';
  let closed = false;
  res.once('close', () => (closed = true));
  const send = (event: string, data: unknown) =>
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  let progress: BatchProgress | undefined = first;
  while (!closed && progress) {
    const text = JSON.stringify(progress);
    if (text !== last) {
      send('progress', progress);
      last = text;
    }
    if (progress.state !== 'running') {
      send('end', summary(progress));
      break;
    }
    await new Promise((r) => setTimeout(r, EVENT_INTERVAL_MS));
    progress = await store.getBatch(id).catch(() => undefined);
  }
  res.end();
}
