import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import type { SpooledBytes } from '../../bytes/spooledBytes.ts';
import { SPOOL_KINDS, spooled } from '../../../../test/support/spooled.ts';
import { jsonBody, jsonFileBody, multipartBody } from './multipartBody.ts';

let dir: string;
const fileBytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => i % 251));
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mp-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each(SPOOL_KINDS)('multipartBody (upload in %s)', (kind) => {
  let bytes: SpooledBytes;
  beforeAll(async () => {
    bytes = await spooled(kind, fileBytes, dir, `f-${kind}`);
  });
  const message = JSON.stringify({
    version: 'V2',
    requestId: 'ü',
    timestamp: 1,
    images: [{ format: 'png', name: 'a' }],
  });

  it('is parsed back by an independent multipart parser (undici FormData) with the exact bytes', async () => {
    const body = multipartBody(message, {
      bytes,
      size: fileBytes.length,
      fileName: 'scan "1".png',
      mimeType: 'image/png',
    });
    const sent = await buffer(body.open());
    expect(sent.length).toBe(body.length);
    const form = await new Response(sent, { headers: { 'content-type': body.contentType } }).formData();
    expect(form.get('message')).toBe(message);
    const file = form.get('file') as File;
    // Percent-encoded quotes, decoded back by WHATWG parsers.
    expect(file.name).toBe('scan "1".png');
    expect(file.type).toBe('image/png');
    expect(Buffer.from(await file.arrayBuffer()).equals(fileBytes)).toBe(true);
  });

  it('keeps odd file names inside their header: line breaks encoded, NUL dropped, the rest as sent', async () => {
    const names: Array<[sent: string, parsed: string]> = [
      ['a"\r\nX-Injected: 1.png', 'a"\r\nX-Injected: 1.png'],
      ['a\0b\x07.png', 'ab.png'],
      ['../../x', '../../x'],
      ['\u202Egnp.exe', '\u202Egnp.exe'],
      ['x'.repeat(10240), 'x'.repeat(10240)],
    ];
    for (const [sent, parsed] of names) {
      const body = multipartBody(message, { bytes, size: fileBytes.length, fileName: sent });
      const sentBytes = await buffer(body.open());
      // The file part's headers: still exactly two lines, no control character in either.
      const start = sentBytes.indexOf('Content-Disposition: form-data; name="file"');
      const lines = sentBytes
        .subarray(start, sentBytes.indexOf('\r\n\r\n', start))
        .toString('utf8')
        .split('\r\n');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toBe('Content-Type: application/octet-stream');
      expect([...lines[0]].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)).toBe(false);
      const form = await new Response(sentBytes, {
        headers: { 'content-type': body.contentType },
      }).formData();
      expect((form.get('file') as File).name).toBe(parsed);
      expect(Buffer.from(await (form.get('file') as File).arrayBuffer()).equals(fileBytes)).toBe(true);
    }
  });

  it('streams the same bytes again for a retry', async () => {
    const body = multipartBody(message, { bytes, size: fileBytes.length });
    const a = await buffer(body.open());
    const b = await buffer(body.open());
    expect(a.equals(b)).toBe(true);
    expect(a.toString('latin1')).toContain('filename="image"');
  });

  it('offers the body as memory chunks exactly when the upload is in memory, same bytes as the stream', async () => {
    const body = multipartBody(message, { bytes, size: fileBytes.length });
    expect(body.chunks !== undefined).toBe(kind === 'memory');
    if (body.chunks) expect(Buffer.concat(body.chunks).equals(await buffer(body.open()))).toBe(true);
  });

  it('uses a fresh boundary each time', () => {
    const f = { bytes, size: 1 };
    expect(multipartBody('{}', f).contentType).not.toBe(multipartBody('{}', f).contentType);
  });
});

describe('jsonBody and jsonFileBody', () => {
  it('stream the given bytes unchanged, again on every open', async () => {
    const raw = Buffer.from('{"version":"V2" }');
    const p = join(dir, 'body.json');
    await writeFile(p, raw);
    for (const body of [jsonBody(raw), jsonFileBody({ path: p, size: raw.length })]) {
      expect(body.length).toBe(raw.length);
      expect(body.contentType).toBe('application/json');
      expect((await buffer(body.open())).equals(raw)).toBe(true);
      expect((await buffer(body.open())).equals(raw)).toBe(true);
    }
  });
});
