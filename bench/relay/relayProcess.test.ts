import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startRelayProcess } from './relayProcess.ts';

describe('startRelayProcess', () => {
  it('runs the real relay on loopback until stopped', async () => {
    const relay = await startRelayProcess({ LOG_LEVEL: 'warn' });
    const url = new URL(relay.origin);
    expect(url.hostname).toBe('127.0.0.1');
    expect(existsSync(`/proc/${relay.pid}`)).toBe(true);
    const engines = await fetch(`${relay.origin}/api/engines`);
    expect(engines.status).toBe(200);
    await relay.stop();
    expect(existsSync(`/proc/${relay.pid}`)).toBe(false);
    await expect(fetch(`${relay.origin}/healthz`)).rejects.toThrow();
  });

  it('does not pass the caller environment on: a CLOVA secret in it does not configure the relay', async () => {
    process.env.CLOVA_OCR_INVOKE_URL = 'http://127.0.0.1:9/custom/v1/1/2/general';
    process.env.CLOVA_OCR_SECRET = 'from-the-shell';
    try {
      const relay = await startRelayProcess({ LOG_LEVEL: 'warn' });
      try {
        const body = (await (await fetch(`${relay.origin}/api/engines`)).json()) as {
          engines: { name: string; available: boolean }[];
        };
        expect(body.engines.find((e) => e.name === 'clova')?.available).toBe(false);
      } finally {
        await relay.stop();
      }
    } finally {
      delete process.env.CLOVA_OCR_INVOKE_URL;
      delete process.env.CLOVA_OCR_SECRET;
    }
  });
});
