import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { healthRoute } from './health.ts';

describe('GET /healthz', () => {
  it('answers ok', async () => {
    const app = Fastify();
    await app.register(healthRoute);
    const res = await app.inject('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    await app.close();
  });
});
