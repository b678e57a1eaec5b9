import { ErrorBodySchema } from '../../clova/index.ts';

/** A failed run, as shown to the user: CLOVA's or the relay's code and message. */
export class RunError extends Error {
  readonly code: string;
  readonly status: number;
  readonly traceId?: string;
  constructor(status: number, code: string, message: string, traceId?: string) {
    super(message);
    this.name = 'RunError';
    this.status = status;
    this.code = code;
    this.traceId = traceId;
  }
}

/** Turns a non-2xx relay answer into a RunError, reading CLOVA's error body when there is one. */
export function runErrorFrom(status: number, bodyText: string): RunError {
  let json: unknown = null;
  try {
    json = JSON.parse(bodyText);
  } catch {
    // Not JSON (a proxy's HTML page...): the status and a snippet still say something.
  }
  const parsed = ErrorBodySchema.safeParse(json);
  if (parsed.success) return new RunError(status, parsed.data.code, parsed.data.message, parsed.data.traceId);
  const snippet = bodyText.trim().slice(0, 200);
  return new RunError(
    status,
    `HTTP ${status}`,
    snippet || 'The relay answered with an error and no message.',
  );
}
