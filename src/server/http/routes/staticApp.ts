import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { RelayError, errorBodyFor } from '../../errors.ts';
import { requestPath } from '../errorHandler.ts';

/** Whether `root` holds a built app (dist/index.html). */
export function hasBuiltApp(root: string | undefined): root is string {
  return !!root && existsSync(join(root, 'index.html'));
}

/**
 * Serves the built React app from `root` when there is one, with client-side routes falling back
 * to index.html. Everything else that matches no route (all of /api/ included) answers a
 * CLOVA-shaped 404. Called on the root instance, so the fallback covers every route.
 */
export function installStaticApp(app: FastifyInstance, opts: { root?: string }): void {
  const root = hasBuiltApp(opts.root) ? opts.root : undefined;
  if (root) app.register(fastifyStatic, { root });

  app.setNotFoundHandler(async (request, reply) => {
    const path = requestPath(request);
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !path.startsWith('/api/') &&
      path !== '/healthz';
    if (root && isPage) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    const err = new RelayError('0001', `No route for ${request.method} ${path}.`, 404);
    return reply.code(404).send(errorBodyFor(err, path, request.id));
  });
}
