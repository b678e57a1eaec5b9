import { randomBytes } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBodyFor, RelayError } from '../errors.ts';
import { requestPath } from './errorHandler.ts';
import { isLingering } from './lingeringClose.ts';
import { SECURITY_HEADERS } from './securityHeaders.ts';

const SECURITY_LINES = Object.entries(SECURITY_HEADERS)
  .map(([k, v]) => `${k}: ${v}\r\n`)
  .join('');

interface InFlight {
  request: FastifyRequest;
  reply: FastifyReply;
}

export interface ClientErrorAnswers {
  /** For Fastify's `clientErrorHandler` option. */
  handler: (this: FastifyInstance, err: Error & { code?: string }, socket: Socket) => void;
  /** Hooks that tell the handler which request a socket is carrying. */
  track(app: FastifyInstance): void;
}

/**
 * Errors Node raises on a connection before or outside Fastify's routing (a request too slow to
 * arrive, bytes that are not HTTP, a Content-Length the body does not match) answered with a
 * CLOVA error body like every other refusal, instead of Fastify's own JSON shape. When the
 * connection carries a request, its path and traceId are used, so the log line matches.
 */
export function clientErrorAnswers(requestTimeoutMs: number): ClientErrorAnswers {
  const bySocket = new WeakMap<Socket, InFlight>();
  return {
    handler(err, socket) {
      // Reset or already gone: nobody to answer.
      if (err.code === 'ECONNRESET' || socket.destroyed) return;
      // Answered already; the client ending or stalling a refused upload is expected.
      if (isLingering(socket)) return void socket.destroy();
      const inFlight = bySocket.get(socket);
      const relay = describe(err.code, requestTimeoutMs);
      const path = inFlight ? requestPath(inFlight.request) : '';
      const traceId = inFlight ? inFlight.request.id : randomBytes(16).toString('hex');
      log(inFlight?.request.log ?? this.log, err.code, relay);
      // Never write into a response that has started: the peer would read a corrupt answer.
      if (socket.writable && !inFlight?.reply.raw.headersSent) {
        const body = JSON.stringify(errorBodyFor(relay, path, traceId));
        socket.write(
          `HTTP/1.1 ${relay.status} ${STATUS_CODES[relay.status]}\r\n` +
            `Content-Type: application/json; charset=utf-8\r\n` +
            SECURITY_LINES +
            `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      }
      socket.destroy(err);
    },
    track(app) {
      app.addHook('onRequest', async (request, reply) => {
        bySocket.set(request.raw.socket, { request, reply });
      });
      app.addHook('onResponse', async (request) => {
        if (bySocket.get(request.raw.socket)?.request === request) bySocket.delete(request.raw.socket);
      });
    },
  };
}

function describe(code: string | undefined, requestTimeoutMs: number): RelayError {
  switch (code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new RelayError(
        '0011',
        `The request did not arrive in full within ${requestTimeoutMs / 1000} s (REQUEST_TIMEOUT_MS).`,
        408,
      );
    case 'HPE_HEADER_OVERFLOW':
      return new RelayError('0011', 'The request headers are too large.', 431);
    case 'HPE_INVALID_EOF_STATE':
      return new RelayError('0011', 'The connection ended before the request was complete.');
    default:
      return new RelayError(
        '0011',
        `The request is not valid HTTP (${code ?? 'unknown parse error'}); a Content-Length that does not match the body causes this.`,
      );
  }
}

function log(logger: FastifyBaseLogger, code: string | undefined, relay: RelayError): void {
  logger.info({ code, status: relay.status, reason: relay.message }, 'connection error answered');
}
