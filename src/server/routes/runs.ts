import type { FastifyInstance } from 'fastify';
import { RelayError } from '../errors.ts';
import { idFrom, notFound } from './storeContext.ts';
import type { StoreContext } from './storeContext.ts';

/** Runs: their summary, and the stored response exactly as /api/ocr/general answered it. */
export async function runRoutes(app: FastifyInstance, ctx: StoreContext): Promise<void> {
  app.get('/api/runs/:id', async (request) => {
    const run = await (await ctx.stores.get()).getRun(idFrom(request.params, 'run'));
    if (!run) throw notFound('run');
    return run;
  });

  app.get('/api/runs/:id/response', async (request, reply) => {
    const found = await (await ctx.stores.get()).getRunResponse(idFrom(request.params, 'run'));
    if (!found) throw notFound('run');
    const { run, response } = found;
    if (run.status !== 'done' || response === null) {
      const why = run.error ? ` It failed: ${run.error.code} ${run.error.message}` : '';
      throw new RelayError('0011', `This run is ${run.status}: it has no response.${why}`, 409);
    }
    return reply.type('application/json; charset=utf-8').send(response);
  });
}
