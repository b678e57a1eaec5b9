import { LogController } from 'fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

const details = new WeakMap<FastifyRequest, Record<string, unknown>>();

/** Facts a route wants on its request's log line (engine, bytes...). */
export function noteForLog(request: FastifyRequest, fields: Record<string, unknown>): void {
  details.set(request, { ...details.get(request), ...fields });
}

/**
 * One info line per request, when its answer is sent, with what the route noted. Fastify's
 * default is two (start and end), and each synchronous write to stdout cost the relay ~0.2 ms per
 * OCR call (profiled, issue #5). The start line stays available at debug.
 */
export class RelayLogController extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    // A no-op unless the level is debug or trace (pino swaps disabled levels for no-ops).
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (error) return super.requestCompleted(error, request, reply);
    request.log.info(
      {
        method: request.method,
        url: request.url,
        statusCode: reply.statusCode,
        responseTime: reply.elapsedTime,
        ...details.get(request),
      },
      'request completed',
    );
  }
}
