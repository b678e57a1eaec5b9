import http from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { StreamBody } from './multipartBody.ts';

export interface UpstreamResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type UpstreamFailure =
  /** Nothing came back in time. */
  | 'timeout'
  /** The connection was refused or reset before any response byte: safe to send again. */
  | 'not-delivered'
  /** The connection broke after the answer had started. */
  | 'broken'
  | 'too-large'
  | 'aborted';

export class UpstreamError extends Error {
  constructor(
    readonly kind: UpstreamFailure,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'UpstreamError';
  }
  get retryable(): boolean {
    return this.kind === 'not-delivered';
  }
}

export interface PostOptions {
  headers: Record<string, string>;
  body: StreamBody;
  /** Longest wait for the answer once the body is sent, and longest stall while sending. */
  timeoutMs: number;
  maxResponseBytes: number;
  signal: AbortSignal;
}

const NOT_DELIVERED = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE']);

/** The answer as one buffer; an answer that came in one read is not copied. */
function joined(chunks: Buffer[], size: number): Buffer {
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
}

/** One POST, answer read in full. Never retries: that is the caller's decision. */
export function postOnce(url: URL, opts: PostOptions): Promise<UpstreamResponse> {
  return new Promise<UpstreamResponse>((resolve, reject) => {
    let responded = false;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const settle = (result: { ok: UpstreamResponse } | { err: UpstreamError }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      opts.signal.removeEventListener('abort', onAbort);
      if ('ok' in result) resolve(result.ok);
      else {
        reject(result.err);
        req.destroy();
      }
    };
    const fail = (err: UpstreamError) => settle({ err });
    const timeoutError = () => new UpstreamError('timeout', `did not answer within ${opts.timeoutMs} ms`);
    const onAbort = () => fail(new UpstreamError('aborted', 'the client went away'));

    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, {
      method: 'POST',
      headers: {
        ...opts.headers,
        'content-type': opts.body.contentType,
        'content-length': String(opts.body.length),
      },
    });
    if (opts.signal.aborted) return onAbort();
    opts.signal.addEventListener('abort', onAbort, { once: true });
    // While sending: fail on a stalled socket. Once sent: the whole answer must arrive in time.
    req.setTimeout(opts.timeoutMs, () => fail(timeoutError()));
    req.once('finish', () => {
      timer = setTimeout(() => fail(timeoutError()), opts.timeoutMs);
    });

    req.once('response', (res) => {
      responded = true;
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > opts.maxResponseBytes)
          fail(new UpstreamError('too-large', `answered more than ${opts.maxResponseBytes} bytes`));
        else chunks.push(chunk);
      });
      res.once('error', () => undefined);
      // 'close' comes after 'end' on success and alone when the connection drops mid-answer.
      res.once('close', () => {
        if (res.complete)
          settle({ ok: { status: res.statusCode ?? 0, headers: res.headers, body: joined(chunks, size) } });
        else fail(new UpstreamError('broken', 'closed the connection in the middle of its answer'));
      });
    });
    req.once('error', (err: NodeJS.ErrnoException) => {
      const code = err.code ?? err.message;
      if (!responded && NOT_DELIVERED.has(code))
        fail(new UpstreamError('not-delivered', `connection failed (${code})`, err));
      else if (responded)
        fail(new UpstreamError('broken', `connection broke during the answer (${code})`, err));
      else fail(new UpstreamError('broken', `request failed (${code})`, err));
    });
    req.once('close', () => {
      if (!responded) fail(new UpstreamError('not-delivered', 'connection closed before any answer'));
    });

    const { chunks } = opts.body;
    if (chunks) {
      // Already in memory: written now, before the socket is attached, so Node sends them in one
      // writev; backpressure would only delay bytes that are held anyway.
      for (let i = 0; i < chunks.length - 1; i++) req.write(chunks[i]);
      req.end(chunks.at(-1));
      return;
    }
    const body = opts.body.open();
    body.once('error', (err) =>
      fail(new UpstreamError('broken', `could not read the spooled request (${err.message})`, err)),
    );
    body.pipe(req);
  });
}
