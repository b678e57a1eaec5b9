import type { FastifyInstance } from 'fastify';
import type { RelayConfig } from '../config.ts';
import { installHostGuard } from './hostGuard.ts';
import { installOriginGuard } from './originGuard.ts';
import { installRouteTable } from './routeTable.ts';
import { installSecurityHeaders } from './securityHeaders.ts';

/**
 * The relay keeps people's documents on their own machine: headers on every answer, then the Host
 * allow-list, then the cross-site check, all before any route, body parser or engine runs.
 */
export function installWebSecurity(app: FastifyInstance, config: RelayConfig): void {
  installRouteTable(app);
  installSecurityHeaders(app);
  installHostGuard(app, config);
  installOriginGuard(app, config);
}
