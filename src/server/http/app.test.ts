import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../../clova/index.ts';
import { fakeEngine } from '../../../test/support/fakeEngine.ts';
import { smallPng } from '../../../test/support/images.ts';
import { startRelay } from '../../../test/support/runningRelay.ts';
import type { RunningRelay } from '../../../test/support/runningRelay.ts';

let relay: RunningRelay;
let png: Buffer;
beforeAll(async () => {
  png = await smallPng();
  relay = await startRelay(
    {
      CLOVA_OCR_INVOKE_URL: 'http://127.0.0.1:9/custom/v1/1/h/general',
      CLOVA_OCR_SECRET: 'app-test-secret',
      OCR_ENGINE: 'tesseract',
    },
    {
      engines: {
        tesseract: fakeEngine('tesseract', {
          behaviour: async () => {
            throw new TypeError("Cannot read properties of undefined (reading 'app-test-secret')");
          },
        }),
      },
    },
  );
});
afterAll(async () => {
  await relay.close();
});

describe('buildApp', () => {
  it('serves health and engines', async () => {
    expect(await (await fetch(`${relay.origin}/healthz`)).json()).toEqual({ ok: true });
    const engines = await (await fetch(`${relay.origin}/api/engines`)).json();
    expect(engines.default).toBe('tesseract');
    expect(engines.engines[0]).toEqual({ name: 'clova', available: true, host: '127.0.0.1:9' });
  });

  it('answers an engine crash with 500/0500, the details only in the log', async () => {
    const body = JSON.stringify({
      version: 'V2',
      requestId: 'r',
      timestamp: 0,
      images: [{ format: 'png', name: 'n', data: png.toString('base64') }],
    });
    const res = await relay.post('/api/ocr/general', {
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(500);
    const err = ErrorBodySchema.parse(await res.json());
    expect(err.code).toBe('0500');
    expect(err.message).not.toContain('Cannot read');
    const logged = relay.logs.find((l) => l.includes(err.traceId!) && l.includes('unexpected error'));
    expect(logged).toContain('Cannot read properties');
    expect(await relay.tempEntries()).toEqual([]);
  });

  it('writes the secret into no log line, even at trace level', () => {
    expect(relay.logs.length).toBeGreaterThan(5);
    expect(relay.logs.join('')).not.toContain('app-test-secret');
    expect(relay.logs.join('')).toContain('[redacted]');
  });
});
