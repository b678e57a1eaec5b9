import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RelayConfig } from '../config.ts';
import { RelayError } from '../errors.ts';
import { defaultPort, originKey, parseAuthority, parseOrigin } from './hostNames.ts';

/** Methods that change something: a page may not send these here from another origin. */
export const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const CORS_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE';
const CORS_HEADERS = 'Content-Type, X-OCR-SECRET, X-OCR-Engine';

export interface RequestOrigin {
  origin?: string;
  secFetchSite?: string;
  /** The Host header, already accepted by the host guard. */
  host?: string;
}

/**
 * Why a state-changing request is refused as cross-site, or undefined. No Origin and no
 * Sec-Fetch-Site: not a browser page (curl, CLOVA clients), allowed. Otherwise the page must be
 * the relay's own origin (Origin's host and port are the Host the browser sent) or listed.
 */
export function crossSiteRefusal(req: RequestOrigin, corsOrigins: ReadonlySet<string>): string | undefined {
  const site = req.secFetchSite?.toLowerCase();
  if (req.origin === undefined) {
    return site === 'cross-site' || site === 'same-site'
      ? `A ${site} page may not change anything here (Sec-Fetch-Site).`
      : undefined;
  }
  const key = originKey(req.origin);
  if (key && corsOrigins.has(key)) return undefined;
  const shown = JSON.stringify(req.origin.slice(0, 100));
  if (req.origin === 'null')
    return 'A page with an opaque origin (Origin: null) may not change anything here.';
  const origin = parseOrigin(req.origin);
  const host = req.host === undefined ? undefined : parseAuthority(req.host);
  const same =
    origin !== undefined &&
    host !== undefined &&
    origin.authority.host === host.host &&
    origin.authority.port === (host.port ?? defaultPort(origin.scheme));
  if (!same)
    return `Pages of ${shown} may not change anything here; list the origin in CORS_ORIGINS to allow it.`;
  if (site !== undefined && site !== 'same-origin' && site !== 'none')
    return `The browser calls this page ${site} (Sec-Fetch-Site), though its Origin is the relay's own.`;
  return undefined;
}

const single = (request: FastifyRequest, name: string): string | undefined => {
  const v = request.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/**
 * Refuses state-changing requests from other origins' pages (403, CLOVA's body), on every path, so
 * routes added later are covered. CORS headers only for the origins CORS_ORIGINS lists, whose
 * preflights are answered here; with no list, no CORS header is ever sent.
 */
export function installOriginGuard(app: FastifyInstance, config: RelayConfig): void {
  const cors = new Set(config.corsOrigins);
  app.addHook('onRequest', async (request, reply) => {
    const origin = single(request, 'origin');
    if (cors.size > 0) {
      reply.header('vary', 'Origin');
      const key = origin === undefined ? undefined : originKey(origin);
      if (key && cors.has(key)) {
        reply.header('access-control-allow-origin', key);
        if (request.method === 'OPTIONS' && request.headers['access-control-request-method']) {
          reply
            .code(204)
            .header('access-control-allow-methods', CORS_METHODS)
            .header('access-control-allow-headers', CORS_HEADERS)
            .header('access-control-max-age', '600');
          return reply.send();
        }
      }
    }
    if (!STATE_CHANGING.has(request.method)) return;
    const reason = crossSiteRefusal(
      { origin, secFetchSite: single(request, 'sec-fetch-site'), host: request.headers.host },
      cors,
    );
    if (reason) throw new RelayError('0022', reason, 403);
  });
}
