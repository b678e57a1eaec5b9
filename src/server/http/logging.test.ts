import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { loggerOptions, scrub } from './logging.ts';
import { Secret } from '../util/secret.ts';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(String(chunk));
      cb();
    },
  });
  return { lines, stream };
}

describe('relay logger', () => {
  it('censors X-OCR-SECRET in logged headers and scrubs configured secrets anywhere', async () => {
    const { lines, stream } = capture();
    const app = Fastify({
      logger: loggerOptions({ level: 'trace', secrets: [new Secret('s3cr"et\\x')], stream }),
    });
    app.log.info({ headers: { 'x-ocr-secret': 'client-key', other: 1 } }, 'headers');
    app.log.info({ nested: { headers: { 'x-ocr-secret': 'client-key' } } }, 'nested');
    app.log.info({ text: 'the secret is s3cr"et\\x' }, 'free text');
    await app.close();
    const all = lines.join('');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(all).not.toContain('client-key');
    expect(all).not.toContain('s3cr');
    expect(all).toContain('[redacted]');
  });

  it('scrubs every occurrence', () => {
    expect(scrub('a XY b XY', ['XY'])).toBe('a [redacted] b [redacted]');
  });
});
