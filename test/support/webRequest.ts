import { request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';

export interface WebAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export interface WebRequest {
  method?: string;
  path?: string;
  /** Sent exactly as given, in order, duplicates included; no Host is added unless listed here. */
  headers?: Array<[string, string]>;
  body?: Buffer | string;
}

/**
 * One HTTP/1.1 request to a loopback relay with headers fetch would refuse to send (Host,
 * Origin, Sec-Fetch-Site, two Host lines, none at all), on a fresh connection.
 */
export function webRequest(origin: string, req: WebRequest): Promise<WebAnswer> {
  const body = req.body === undefined ? undefined : Buffer.from(req.body);
  const headers = [...(req.headers ?? [])];
  if (body) headers.push(['content-length', String(body.length)]);
  return new Promise((resolve, reject) => {
    const r = request(
      {
        host: '127.0.0.1',
        port: Number(new URL(origin).port),
        method: req.method ?? 'GET',
        path: req.path ?? '/api/engines',
        headers: headers.flat(),
        setHost: false,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    r.on('error', reject);
    r.end(body);
  });
}

/** The Host a browser sends for the relay at `origin` (http://127.0.0.1:<port>). */
export const ownHost = (origin: string) => new URL(origin).host;
