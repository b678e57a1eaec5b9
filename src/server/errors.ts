import { ERROR_CODES } from '../clova/index.ts';
import type { ErrorBody, ErrorCode } from '../clova/index.ts';

/**
 * Every failure the relay answers is a CLOVA error body, so a CLOVA client handles relay
 * failures with the code it already has. `message` starts with CLOVA's documented text for the
 * code and then says what exactly was wrong.
 */
export class RelayError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    /** Overrides the documented HTTP status (e.g. 413-free size errors stay 400, timeouts 504). */
    readonly status: number = ERROR_CODES[code].status,
  ) {
    super(detail ? `${ERROR_CODES[code].message} ${detail}` : ERROR_CODES[code].message);
    this.name = 'RelayError';
  }
}

/** Shorthand for the most common case: the request body is invalid (0011), with a reason. */
export function invalidBody(detail: string): RelayError {
  return new RelayError('0011', detail);
}

export function clovaError(code: ErrorCode, path: string, traceId: string, message?: string): ErrorBody {
  return {
    code,
    message: message ?? ERROR_CODES[code].message,
    path,
    traceId,
    timestamp: Date.now(),
  };
}

export function errorBodyFor(err: RelayError, path: string, traceId: string): ErrorBody {
  return clovaError(err.code, path, traceId, err.message);
}
