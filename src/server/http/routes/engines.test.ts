import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATS, LANGS } from '../../../clova/index.ts';
import { fakeEngine } from '../../../../test/support/fakeEngine.ts';
import { startRelay } from '../../../../test/support/runningRelay.ts';
import type { RunningRelay } from '../../../../test/support/runningRelay.ts';

let relay: RunningRelay;
beforeAll(async () => {
  relay = await startRelay(
    { MAX_IMAGE_PIXELS: '50000000', RELAY_ACCESS_KEY: 'k' },
    {
      engines: {
        tesseract: fakeEngine('tesseract', {
          availability: { available: true, details: { languages: ['kor', 'eng'], version: '5.3.0' } },
        }),
      },
    },
  );
});
afterAll(async () => {
  await relay.close();
});

describe('GET /api/engines', () => {
  it('lists both engines, the default, the limits and whether a key is needed', async () => {
    const res = await fetch(`${relay.origin}/api/engines`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      default: 'tesseract',
      engines: [
        { name: 'clova', available: false, reason: 'CLOVA_OCR_INVOKE_URL and CLOVA_OCR_SECRET are not set' },
        { name: 'tesseract', available: true, languages: ['kor', 'eng'], version: '5.3.0' },
      ],
      limits: {
        maxBytes: 50 * 1024 * 1024,
        maxPdfPages: 10,
        maxPixels: 50_000_000,
        formats: [...FORMATS],
        langs: [...LANGS],
      },
      accessKeyRequired: true,
    });
  });

  it('does not ask for the access key (it only reveals what the app can offer)', async () => {
    expect(
      (await fetch(`${relay.origin}/api/engines`, { headers: { 'x-ocr-secret': 'wrong' } })).status,
    ).toBe(200);
  });
});
