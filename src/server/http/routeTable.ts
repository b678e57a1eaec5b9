import type { FastifyInstance } from 'fastify';

export interface RouteEntry {
  method: string;
  url: string;
}

const tables = new WeakMap<FastifyInstance, RouteEntry[]>();

/**
 * Records every route as Fastify registers it (installed before any route), so checks that must
 * hold for all routes, such as the cross-site guard's suite, see routes added later too.
 */
export function installRouteTable(app: FastifyInstance): void {
  const table: RouteEntry[] = [];
  tables.set(app, table);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) table.push({ method, url: route.url });
  });
}

/** Method and URL of every route registered so far (after ready(): all of them). */
export function registeredRoutes(app: FastifyInstance): RouteEntry[] {
  return [...(tables.get(app) ?? [])];
}
