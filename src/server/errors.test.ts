import { describe, expect, it } from 'vitest';
import { ErrorBodySchema } from '../clova/index.ts';
import { clovaError, errorBodyFor, invalidBody, RelayError } from './errors.ts';

describe('clova error bodies', () => {
  it('uses the documented message when none is given', () => {
    const body = clovaError('0002', '/api/ocr/general', 'abc');
    expect(ErrorBodySchema.parse(body)).toEqual(body);
    expect(body).toMatchObject({
      code: '0002',
      message: 'Secret key validate failed.',
      path: '/api/ocr/general',
      traceId: 'abc',
    });
    expect(typeof body.timestamp).toBe('number');
  });

  it('keeps the documented status and prefixes the documented text', () => {
    const err = invalidBody('file is empty.');
    expect(err.status).toBe(400);
    expect(err.message).toBe('Request body invalid. file is empty.');
    expect(errorBodyFor(err, '/p', 't')).toMatchObject({
      code: '0011',
      message: 'Request body invalid. file is empty.',
    });
  });

  it('lets a status be overridden', () => {
    expect(new RelayError('0500', 'CLOVA did not answer.', 504).status).toBe(504);
    expect(new RelayError('0500').message).toBe('Unknown service error.');
  });
});
