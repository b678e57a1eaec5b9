import type { FastifyInstance } from 'fastify';

/** `GET /healthz`: the process is up and serving. */
export async function healthRoute(app: FastifyInstance): Promise<void> {
  app.get('/healthz', async () => ({ ok: true }));
}
