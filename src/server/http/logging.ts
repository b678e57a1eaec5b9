import type { FastifyServerOptions } from 'fastify';
import type { Secret } from '../util/secret.ts';

type LoggerOptions = Exclude<FastifyServerOptions['logger'], boolean | undefined>;

// Wherever a headers object gets logged (Fastify, @fastify/multipart at trace level...), the
// client's X-OCR-SECRET is censored by path.
const REDACT_PATHS = [
  'headers["x-ocr-secret"]',
  '*.headers["x-ocr-secret"]',
  '*.*.headers["x-ocr-secret"]',
  'req.headers["x-ocr-secret"]',
  'request.headers["x-ocr-secret"]',
];

/**
 * Pino options for the relay. Path redaction covers the known shapes; the final scrub replaces
 * any configured secret that still made it into a line, whatever object carried it.
 */
export function loggerOptions(opts: {
  level: string;
  secrets: Array<Secret | undefined>;
  stream?: NodeJS.WritableStream;
}): LoggerOptions {
  const values = opts.secrets.map((s) => s?.reveal()).filter((v): v is string => !!v && v.length > 0);
  return {
    level: opts.level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    ...(values.length > 0 ? { hooks: { streamWrite: (line: string) => scrub(line, values) } } : {}),
    ...(opts.stream ? { stream: opts.stream } : {}),
  } as LoggerOptions;
}

export function scrub(line: string, secrets: string[]): string {
  let out = line;
  for (const s of secrets) {
    // JSON escaping could alter a secret containing quotes or backslashes: scrub both forms.
    for (const form of new Set([s, JSON.stringify(s).slice(1, -1)])) out = out.split(form).join('[redacted]');
  }
  return out;
}
