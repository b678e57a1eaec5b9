import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import { ERROR_CODES } from '../../src/clova/index.ts';
import type { ErrorCode } from '../../src/clova/index.ts';

export const FIXTURE_DIR = join(import.meta.dirname, '../fixtures/clova');

export function fixtureBytes(name = 'receipt-kingmart.v2.json'): Buffer {
  return readFileSync(join(FIXTURE_DIR, name));
}

/** How the stub answers one request. */
export type StubMode =
  | { kind: 'fixture'; name?: string }
  | { kind: 'error'; code: ErrorCode }
  | { kind: 'delay'; ms: number; then?: StubMode }
  /** Reads the request, then resets the connection before any response byte. */
  | { kind: 'reset' }
  | { kind: 'non-json' }
  /** A complete HTTP answer whose JSON is cut in half. */
  | { kind: 'truncated-json' }
  /** Starts a 200 answer and drops the connection halfway through the body. */
  | { kind: 'cut' }
  /** Any body, sent as is with the given status (200 by default). */
  | { kind: 'bytes'; body: Buffer; status?: number };

export interface StubRequest {
  headers: IncomingHttpHeaders;
  kind: 'json' | 'multipart';
  /** The JSON body or the multipart message, parsed. */
  message: unknown;
  rawMessage: string;
  file?: { name: string; type: string; size: number; sha256: string };
}

export interface StubClova {
  /** An invoke URL shaped like CLOVA's (…/custom/v1/<domain>/<hash>/general). */
  url: string;
  requests: StubRequest[];
  inFlight: number;
  maxInFlight: number;
  /** Modes for the next requests, in order; afterwards `defaultMode`. */
  queue(...modes: StubMode[]): void;
  defaultMode: StubMode;
  close(): Promise<void>;
}

/**
 * A stand-in for CLOVA's General OCR endpoint on 127.0.0.1: checks X-OCR-SECRET (401/0002),
 * parses JSON or multipart bodies as CLOVA would (0011 otherwise), and answers with real saved
 * responses, any documented error, delays, resets and broken bodies.
 */
export async function startStubClova(opts: { secret: string }): Promise<StubClova> {
  const pending: StubMode[] = [];
  const stub: StubClova = {
    url: '',
    requests: [],
    inFlight: 0,
    maxInFlight: 0,
    queue: (...modes) => pending.push(...modes),
    defaultMode: { kind: 'fixture' },
    close: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
  const path = '/custom/v1/12345/0123456789abcdef/general';

  const server: Server = createServer((req, res) => {
    stub.inFlight++;
    stub.maxInFlight = Math.max(stub.maxInFlight, stub.inFlight);
    res.once('close', () => stub.inFlight--);
    handle(req, res).catch(() => res.destroy());
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const body = await buffer(req);
    if (req.headers['x-ocr-secret'] !== opts.secret) return sendError(res, '0002');
    const parsed = await parseLikeClova(req.headers, body);
    if (!parsed) return sendError(res, '0011');
    stub.requests.push(parsed);
    await answer(res, pending.shift() ?? stub.defaultMode);
  }

  async function answer(res: ServerResponse, mode: StubMode): Promise<void> {
    switch (mode.kind) {
      case 'fixture':
        return void res
          .writeHead(200, { 'content-type': 'application/json;charset=UTF-8' })
          .end(fixtureBytes(mode.name));
      case 'error':
        return sendError(res, mode.code);
      case 'delay':
        await new Promise((r) => setTimeout(r, mode.ms));
        if (res.destroyed) return;
        return answer(res, mode.then ?? { kind: 'fixture' });
      case 'reset':
        return void res.socket?.resetAndDestroy();
      case 'non-json':
        return void res
          .writeHead(200, { 'content-type': 'text/html' })
          .end('<html><body>502 Bad Gateway</body></html>');
      case 'truncated-json': {
        const full = fixtureBytes();
        return void res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(full.subarray(0, full.length >> 1));
      }
      case 'bytes':
        return void res
          .writeHead(mode.status ?? 200, { 'content-type': 'application/json;charset=UTF-8' })
          .end(mode.body);
      case 'cut': {
        const full = fixtureBytes();
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(full.length) });
        res.write(full.subarray(0, full.length >> 1), () => res.socket?.destroy());
        return;
      }
    }
  }

  function sendError(res: ServerResponse, code: ErrorCode) {
    const { status, message } = ERROR_CODES[code];
    const body = { code, message, path, traceId: randomUUID().replace(/-/g, ''), timestamp: Date.now() };
    res.writeHead(status, { 'content-type': 'application/json;charset=UTF-8' }).end(JSON.stringify(body));
  }

  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  return stub;
}

async function parseLikeClova(headers: IncomingHttpHeaders, body: Buffer): Promise<StubRequest | undefined> {
  const type = headers['content-type'] ?? '';
  try {
    if (type.startsWith('application/json')) {
      const message = JSON.parse(body.toString('utf8'));
      return validImages(message)
        ? { headers, kind: 'json', message, rawMessage: body.toString('utf8') }
        : undefined;
    }
    if (type.startsWith('multipart/form-data')) {
      // Node's own (undici) multipart parser: independent of the relay's hand-built bodies.
      const form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData();
      const rawMessage = form.get('message');
      const file = form.get('file');
      if (typeof rawMessage !== 'string' || !(file instanceof Blob)) return undefined;
      const message = JSON.parse(rawMessage);
      if (!validImages(message)) return undefined;
      const bytes = Buffer.from(await file.arrayBuffer());
      return {
        headers,
        kind: 'multipart',
        message,
        rawMessage,
        file: {
          name: (file as File).name,
          type: file.type,
          size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
        },
      };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

function validImages(m: unknown): boolean {
  const images = (m as { images?: unknown }).images;
  return Array.isArray(images) && images.length === 1;
}
