import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorBodyFor, invalidBody, RelayError } from '../errors.ts';
import { lingerBeforeClose } from './lingeringClose.ts';
import { bodyTooLarge } from '../request/limits.ts';
import { translateMultipartError } from '../request/multipartErrors.ts';

const FASTIFY_ERRORS: Record<string, () => RelayError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => bodyTooLarge(),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () =>
    invalidBody('Content-Type must be application/json or multipart/form-data.'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => invalidBody('Content-Length does not match the body.'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => invalidBody('The body is empty.'),
};

/** Any error as the RelayError to answer, or undefined when it is the relay's own fault. */
export function toRelayError(err: unknown): RelayError | undefined {
  if (err instanceof RelayError) return err;
  const e = err as Partial<FastifyError>;
  const known = e.code ? FASTIFY_ERRORS[e.code] : undefined;
  if (known) return known();
  const multipart = translateMultipartError(err);
  if (multipart) return multipart;
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return invalidBody(`${e.message ?? 'The request was refused'}.`.replace(/\.\.$/, '.'));
  }
  return undefined;
}

export function requestPath(request: FastifyRequest): string {
  return request.url.split('?')[0];
}

/**
 * The relay's only error exit: everything becomes CLOVA's error body. Unexpected errors are
 * logged in full and answered 500/0500 without details; the traceId links the two.
 */
export function relayErrorHandler(err: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  let relay = toRelayError(err);
  if (reply.raw.destroyed) {
    // Nobody is left to answer: not a failure of the relay.
    request.log.info({ reason: (err as Error).message }, 'client closed the connection before the answer');
  } else if (relay) {
    request.log.info({ code: relay.code, status: relay.status, reason: relay.message }, 'request refused');
  } else {
    request.log.error({ err }, 'unexpected error');
  }
  if (!relay) {
    relay = new RelayError(
      '0500',
      `The relay failed unexpectedly; its log has the details under traceId ${request.id}.`,
      500,
    );
  }
  // An unread upload must not stream into a reused connection, nor be cut off mid-write (the
  // client would see a reset, not this answer): close, after dropping the rest for a while.
  if (!request.raw.complete) {
    reply.header('connection', 'close');
    lingerBeforeClose(request.raw);
  }
  return reply
    .code(relay.status)
    .type('application/json; charset=utf-8')
    .send(errorBodyFor(relay, requestPath(request), request.id));
}
