import { describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { ErrorBodySchema } from '../../clova/index.ts';
import { invalidBody } from '../errors.ts';
import { relayErrorHandler, toRelayError } from './errorHandler.ts';

describe('toRelayError', () => {
  it('maps Fastify body errors to 0011 with a clear message', () => {
    expect(
      toRelayError(Object.assign(new Error('x'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 })),
    ).toMatchObject({
      code: '0011',
      status: 400,
      message: expect.stringContaining('50 MB'),
    });
    expect(
      toRelayError(Object.assign(new Error('x'), { code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE', statusCode: 415 }))
        ?.message,
    ).toMatch(/multipart\/form-data/);
    expect(toRelayError(Object.assign(new Error('Multipart: Boundary not found'), {}))?.message).toMatch(
      /malformed/,
    );
    expect(toRelayError(Object.assign(new Error('Some client error'), { statusCode: 400 }))?.message).toBe(
      'Request body invalid. Some client error.',
    );
  });

  it('keeps RelayErrors and leaves unknown errors to the caller', () => {
    const e = invalidBody('x');
    expect(toRelayError(e)).toBe(e);
    expect(toRelayError(new TypeError('boom'))).toBeUndefined();
  });
});

describe('relayErrorHandler', () => {
  it('answers CLOVA-shaped bodies, hiding unexpected errors', async () => {
    const app = Fastify();
    app.setErrorHandler(relayErrorHandler);
    app.get('/boom', async () => {
      throw new TypeError('internal detail');
    });
    app.get('/bad', async () => {
      throw invalidBody('nope.');
    });
    const boom = await app.inject('/boom?x=1');
    expect(boom.statusCode).toBe(500);
    const body = ErrorBodySchema.parse(boom.json());
    expect(body).toMatchObject({ code: '0500', path: '/boom' });
    expect(body.message).not.toContain('internal detail');
    expect(body.message).toContain(body.traceId);
    const bad = await app.inject('/bad');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: '0011', message: 'Request body invalid. nope.' });
    await app.close();
  });
});
