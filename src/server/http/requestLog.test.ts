import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import Fastify from 'fastify';
import { noteForLog, RelayLogController } from './requestLog.ts';

function appWithLog(level: string) {
  const stream = new PassThrough();
  const lines: Array<Record<string, unknown>> = [];
  stream.on('data', (d: Buffer) => {
    for (const l of String(d).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
  });
  const app = Fastify({ logger: { level, stream }, logController: new RelayLogController() });
  app.post('/ocr', async (request) => {
    noteForLog(request, { engine: 'clova' });
    noteForLog(request, { bytes: 5 });
    return { ok: true };
  });
  app.get('/plain', async () => 'x');
  return { app, lines };
}

describe('request log', () => {
  it('writes one info line per request, at its end, with what the route noted', async () => {
    const { app, lines } = appWithLog('info');
    await app.inject({ method: 'POST', url: '/ocr', payload: {} });
    await app.inject({ method: 'GET', url: '/plain' });
    const done = lines.filter((l) => l.msg === 'request completed');
    expect(lines).toHaveLength(2);
    expect(done[0]).toMatchObject({
      method: 'POST',
      url: '/ocr',
      statusCode: 200,
      engine: 'clova',
      bytes: 5,
    });
    expect(typeof done[0].responseTime).toBe('number');
    expect(done[1]).toMatchObject({ method: 'GET', url: '/plain', statusCode: 200 });
    expect(done[1].engine).toBeUndefined();
  });

  it('adds the start line at debug level', async () => {
    const { app, lines } = appWithLog('debug');
    await app.inject({ method: 'GET', url: '/plain' });
    expect(lines.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
  });
});
