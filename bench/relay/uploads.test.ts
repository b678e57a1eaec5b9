import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { noisePng, ocrMultipart } from './uploads.ts';

describe('noisePng', () => {
  it('is a readable PNG within 1% of the size asked for', async () => {
    const png = await noisePng(1_000_000);
    expect(Math.abs(png.length - 1_000_000) / 1_000_000).toBeLessThan(0.01);
    const meta = await sharp(png).metadata();
    expect(meta.format).toBe('png');
    expect(meta.width).toBe(1024);
  });
});

describe('ocrMultipart', () => {
  it('carries the message and the file as CLOVA expects them', async () => {
    const file = Buffer.from('89504e47', 'hex');
    const { body, contentType } = await ocrMultipart(file);
    const form = await new Response(new Uint8Array(body), {
      headers: { 'content-type': contentType },
    }).formData();
    expect(JSON.parse(String(form.get('message')))).toMatchObject({
      version: 'V2',
      images: [{ format: 'png' }],
    });
    const sent = form.get('file') as File;
    expect(Buffer.from(await sent.arrayBuffer())).toEqual(file);
  });
});
