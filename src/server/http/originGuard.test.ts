import { describe, expect, it } from 'vitest';
import { crossSiteRefusal } from './originGuard.ts';
import type { RequestOrigin } from './originGuard.ts';

const cors = new Set(['https://tool.example']);
const HOST = '127.0.0.1:8787';

describe('crossSiteRefusal', () => {
  const allowed: Array<[string, RequestOrigin]> = [
    ['no Origin, no Sec-Fetch-Site (curl, CLOVA clients)', { host: HOST }],
    ['the relay’s own origin', { origin: 'http://127.0.0.1:8787', secFetchSite: 'same-origin', host: HOST }],
    ['own origin, older browser without Sec-Fetch-Site', { origin: 'http://127.0.0.1:8787', host: HOST }],
    [
      'own origin behind a TLS proxy forwarding Host without port',
      { origin: 'https://ocr.example', host: 'ocr.example' },
    ],
    [
      'an origin CORS_ORIGINS lists',
      { origin: 'https://tool.example', secFetchSite: 'cross-site', host: HOST },
    ],
    ['no Origin, Sec-Fetch-Site none (typed by the user)', { secFetchSite: 'none', host: HOST }],
    ['no Origin, same-origin', { secFetchSite: 'same-origin', host: HOST }],
    [
      'the app opened at [::1]',
      { origin: 'http://[::1]:8787', secFetchSite: 'same-origin', host: '[::1]:8787' },
    ],
    ['the app opened at localhost', { origin: 'http://localhost:8787', host: 'LocalHost:8787' }],
  ];
  it.each(allowed)('allows %s', (_name, req) => expect(crossSiteRefusal(req, cors)).toBeUndefined());

  const refused: Array<[string, RequestOrigin]> = [
    ['another site', { origin: 'https://attacker.example', host: HOST }],
    ['another port of the same host', { origin: 'http://127.0.0.1:9000', host: HOST }],
    ['another scheme default port', { origin: 'https://127.0.0.1', host: HOST }],
    ['another loopback name', { origin: 'http://localhost:8787', host: HOST }],
    ['Origin: null (sandboxed frame, data: page)', { origin: 'null', host: HOST }],
    ['a malformed Origin', { origin: 'http://127.0.0.1:8787/x', host: HOST }],
    ['no Origin but cross-site', { secFetchSite: 'cross-site', host: HOST }],
    ['no Origin but same-site', { secFetchSite: 'same-site', host: HOST }],
    [
      'own Origin yet cross-site',
      { origin: 'http://127.0.0.1:8787', secFetchSite: 'cross-site', host: HOST },
    ],
    ['own Origin yet same-site', { origin: 'http://127.0.0.1:8787', secFetchSite: 'same-site', host: HOST }],
    [
      'a proxy port-less Host and an Origin on another port',
      { origin: 'https://ocr.example:8443', host: 'ocr.example' },
    ],
    ['a listed origin on another port', { origin: 'https://tool.example:444', host: HOST }],
  ];
  it.each(refused)('refuses %s', (_name, req) => expect(crossSiteRefusal(req, cors)).toMatch(/./));
});
