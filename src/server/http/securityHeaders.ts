import type { FastifyInstance } from 'fastify';

/**
 * What the app needs and nothing more. Workers (pdf.js, TIFF decoding, file hashing) are files of
 * the app, plus blob: for workers a library may build from a blob; canvases export blob: and
 * data: images; pdf.js turns embedded fonts into data: URLs. React and Konva set styles through
 * the CSSOM, which style-src does not govern, so no 'unsafe-inline' anywhere.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "img-src 'self' blob: data:",
  "style-src 'self'",
  "connect-src 'self'",
  "font-src 'self' data:",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** Sent on every answer of the relay: pages, files, JSON, errors and 404s alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  // Other sites may not embed the relay's files and answers (<img>, <script>): CORS is untouched.
  'cross-origin-resource-policy': 'same-origin',
};

/** Set first thing, so even a request refused by a later hook answers with them. */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (_request, reply) => {
    reply.headers(SECURITY_HEADERS);
  });
}
