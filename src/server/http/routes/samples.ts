import type { FastifyInstance } from 'fastify';
import { RelayError, errorBodyFor } from '../../errors.ts';
import { requestPath } from '../errorHandler.ts';
import { CONTENT_TYPES, sampleCache } from '../../samples/catalog.ts';
import type { SampleInfo } from '../../samples/catalog.ts';

/**
 * `GET /api/samples` lists the documents the project generates itself; `GET /api/samples/:id`
 * sends one (generated on first request, then from memory), so a demo needs no file of its own.
 */
export async function samplesRoute(
  app: FastifyInstance,
  opts: { cache?: ReturnType<typeof sampleCache> } = {},
): Promise<void> {
  const cache = opts.cache ?? sampleCache();
  app.get('/api/samples', async (): Promise<{ samples: SampleInfo[] }> => ({ samples: cache.list() }));
  app.get<{ Params: { id: string } }>('/api/samples/:id', async (request, reply) => {
    const hit = cache.get(request.params.id);
    if (!hit) {
      const path = requestPath(request);
      const err = new RelayError('0001', `No sample named ${request.params.id}.`, 404);
      return reply.code(404).send(errorBodyFor(err, path, request.id));
    }
    const bytes = await hit.bytes;
    const ext = hit.sample.format === 'tiff' ? 'tif' : hit.sample.format;
    return reply
      .type(CONTENT_TYPES[hit.sample.format])
      .header('content-disposition', `inline; filename="${hit.sample.id}.${ext}"`)
      .header('cache-control', 'public, max-age=3600')
      .send(bytes);
  });
}
