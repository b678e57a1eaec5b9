import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import sharp from 'sharp';
import { PDFDocument } from 'pdf-lib';
import { samplesRoute } from './samples.ts';
import { SAMPLES, sampleCache } from '../../samples/catalog.ts';
import type { Sample } from '../../samples/catalog.ts';
import { startRelay } from '../../../../test/support/runningRelay.ts';
import type { RunningRelay } from '../../../../test/support/runningRelay.ts';

let relay: RunningRelay;
beforeAll(async () => {
  relay = await startRelay();
});
afterAll(async () => {
  await relay.close();
});

describe('GET /api/samples (the real relay)', () => {
  it('lists every sample with id, title, format, pages, lang and table detection, and no generator', async () => {
    const res = await fetch(`${relay.origin}/api/samples`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { samples: Record<string, unknown>[] };
    expect(body.samples.map((s) => s.id)).toEqual(SAMPLES.map((s) => s.id));
    for (const s of body.samples) {
      expect(Object.keys(s).sort()).toEqual(
        ['enableTableDetection', 'format', 'id', 'lang', 'pages', 'title'].sort(),
      );
    }
    expect(body.samples.find((s) => s.id === 'ruled-table')?.enableTableDetection).toBe(true);
  });

  it('sends each sample with its content type and its page count', async () => {
    for (const info of SAMPLES) {
      const res = await fetch(`${relay.origin}/api/samples/${info.id}`);
      expect(res.status, info.id).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      const type = res.headers.get('content-type');
      if (info.format === 'pdf') {
        expect(type).toBe('application/pdf');
        expect((await PDFDocument.load(bytes)).getPageCount()).toBe(info.pages);
      } else {
        expect(type).toBe(info.format === 'png' ? 'image/png' : 'image/tiff');
        const m = await sharp(bytes).metadata();
        expect(m.format).toBe(info.format === 'png' ? 'png' : 'tiff');
        expect(m.pages ?? 1).toBe(info.pages);
      }
    }
  });

  it('answers an unknown sample with a CLOVA-shaped 404', async () => {
    const res = await fetch(`${relay.origin}/api/samples/nope`);
    expect(res.status).toBe(404);
    expect(JSON.stringify(await res.json())).toContain('No sample named nope');
  });
});

describe('sample cache', () => {
  const counting = (fail = false) => {
    let calls = 0;
    const sample: Sample = {
      id: 'x',
      title: 'X',
      format: 'png',
      pages: 1,
      lang: 'ko',
      enableTableDetection: false,
      generate: async () => {
        calls++;
        if (fail && calls === 1) throw new Error('boom');
        return Buffer.from([calls]);
      },
    };
    return { sample, calls: () => calls };
  };

  it('generates a sample once and serves the same bytes after', async () => {
    const c = counting();
    const app = Fastify();
    await app.register(samplesRoute, { cache: sampleCache([c.sample]) });
    const a = await app.inject('/api/samples/x');
    const b = await app.inject('/api/samples/x');
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.rawPayload).toEqual(b.rawPayload);
    expect(c.calls()).toBe(1);
    await app.close();
  });

  it('tries again after a failed generation', async () => {
    const c = counting(true);
    const cache = sampleCache([c.sample]);
    await expect(cache.get('x')?.bytes).rejects.toThrow('boom');
    await new Promise((r) => setTimeout(r, 0));
    expect(await cache.get('x')?.bytes).toEqual(Buffer.from([2]));
  });
});
