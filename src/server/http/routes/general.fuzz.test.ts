import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ErrorBodySchema } from '../../../clova/index.ts';
import { fakeEngine } from '../../../../test/support/fakeEngine.ts';
import { smallPng } from '../../../../test/support/images.ts';
import { startRelay } from '../../../../test/support/runningRelay.ts';
import type { RunningRelay } from '../../../../test/support/runningRelay.ts';

let relay: RunningRelay;
let png: string;
beforeAll(async () => {
  png = (await smallPng()).toString('base64');
  relay = await startRelay(
    { LOG_LEVEL: 'silent' },
    { engines: { tesseract: fakeEngine('tesseract') }, resolver: async () => [] },
  );
});
afterAll(async () => {
  await relay.close();
});

/** Any answer is a CLOVA success or a CLOVA error the client caused: never a relay failure. */
async function expectHandled(res: Response) {
  const text = await res.text();
  if (res.status === 200) return;
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  expect(ErrorBodySchema.safeParse(JSON.parse(text)).success).toBe(true);
}

const post = (body: string | Uint8Array, contentType: string) =>
  relay.post('/api/ocr/general', { body: body as BodyInit, headers: { 'content-type': contentType } });

describe('the relay never fails on odd input', () => {
  it('any JSON value as the body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (v) =>
        expectHandled(await post(JSON.stringify(v), 'application/json')),
      ),
      { numRuns: 60 },
    );
  });

  it('request-shaped objects with random field values', async () => {
    const anything = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 2 }),
    );
    const image = fc.record(
      {
        format: fc.oneof(fc.constantFrom('png', 'PDF', 'tif', 'gif', ''), anything),
        name: anything,
        data: fc.oneof(fc.constant(png), fc.base64String({ maxLength: 40 }), anything),
        url: fc.oneof(
          fc.constantFrom('http://[::1]/', 'http://0x7f000001/', 'ftp://x', 'http://a.example/x'),
          anything,
        ),
      },
      { requiredKeys: [] },
    );
    const request = fc.record(
      {
        version: fc.oneof(fc.constantFrom('V1', 'v2', 'V3'), anything),
        requestId: anything,
        timestamp: anything,
        lang: fc.oneof(fc.constantFrom('ko', 'ja, zh-TW', 'xx'), anything),
        images: fc.oneof(fc.array(image, { maxLength: 3 }), anything),
        enableTableDetection: anything,
        ['__proto__']: fc.object(),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(request, async (r) =>
        expectHandled(await post(JSON.stringify(r), 'application/json')),
      ),
      { numRuns: 120 },
    );
  });

  it('arbitrary bytes as JSON or multipart', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom('application/json', 'multipart/form-data; boundary=x', 'multipart/form-data'),
        async (bytes, type) => expectHandled(await post(bytes, type)),
      ),
      { numRuns: 80 },
    );
  });

  it('multipart bodies with random part names, headers and order', async () => {
    const part = fc.record({
      name: fc.oneof(
        fc.constantFrom('message', 'file', '__proto__', 'constructor', ''),
        fc.string({ maxLength: 8 }),
      ),
      filename: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
      value: fc.oneof(
        fc.constant('{"version":"V2","requestId":"r","timestamp":0,"images":[{"format":"png","name":"n"}]}'),
        fc.string({ maxLength: 50 }),
      ),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(part, { maxLength: 12 }), async (parts) => {
        const body =
          parts
            .map(
              (p) =>
                `--x\r\nContent-Disposition: form-data; name="${p.name}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}\r\n\r\n${p.value}\r\n`,
            )
            .join('') + '--x--\r\n';
        await expectHandled(await post(body, 'multipart/form-data; boundary=x'));
      }),
      { numRuns: 80 },
    );
    expect(await relay.tempEntries()).toEqual([]);
  });

  it('still serves a good request afterwards', async () => {
    const body = JSON.stringify({
      version: 'V2',
      requestId: 'r',
      timestamp: 0,
      images: [{ format: 'png', name: 'n', data: png }],
    });
    expect((await post(body, 'application/json')).status).toBe(200);
    expect(await relay.tempEntries()).toEqual([]);
  });
});
