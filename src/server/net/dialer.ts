import http from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';

export interface DialRequest {
  url: URL;
  /** The address that passed the policy check: the only one the dialer may connect to. */
  address: string;
  family: 4 | 6;
  headers: Record<string, string>;
  signal: AbortSignal;
}

export interface DialResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Readable;
}

/** Makes one GET request without following redirects. Injectable so tests never leave loopback. */
export type Dialer = (req: DialRequest) => Promise<DialResponse>;

/**
 * Connects to the already checked address instead of resolving the hostname again, so a DNS
 * answer that changes between check and connect (rebinding) cannot redirect the request. The
 * URL's hostname still goes into Host and TLS SNI, and certificates are verified against it.
 */
export const pinnedDialer: Dialer = (req) =>
  new Promise<DialResponse>((resolve, reject) => {
    const lookup: LookupFunction = (_hostname, options, callback) => {
      if (options.all) callback(null, [{ address: req.address, family: req.family }]);
      else callback(null, req.address, req.family);
    };
    const client = req.url.protocol === 'https:' ? https : http;
    const request = client.request(req.url, {
      method: 'GET',
      headers: req.headers,
      // A fresh connection per request: a pooled socket could belong to an unchecked address.
      agent: false,
      lookup,
      signal: req.signal,
    });
    request.once('response', (res) =>
      resolve({ status: res.statusCode ?? 0, headers: res.headers, body: res }),
    );
    request.once('error', reject);
    request.end();
  });
