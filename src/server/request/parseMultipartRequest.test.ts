import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buffer } from 'node:stream/consumers';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { RelayError } from '../errors.ts';
import { formBody, messageJson } from '../../../test/support/formBody.ts';
import type { FormPart } from '../../../test/support/formBody.ts';
import { MEMORY_SPOOL_BYTES, MULTIPART_LIMITS } from './limits.ts';
import { MemoryBudget } from './memoryBudget.ts';
import { parseMultipartRequest } from './parseMultipartRequest.ts';
import { Scratch } from './scratch.ts';

let root: string;
let budget = new MemoryBudget(64 * 1024 * 1024);
let app: FastifyInstance;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pmr-'));
  app = Fastify();
  await app.register(multipart, { limits: MULTIPART_LIMITS });
  app.post('/', async (req, reply) => {
    const scratch = new Scratch(root);
    // The answer is computed first and sent after cleanup, so a test can check the disk at once.
    let status = 200;
    let answer: Record<string, unknown>;
    try {
      const r = await parseMultipartRequest(req.parts(), scratch, budget);
      const bytes = r.image ? await buffer(r.image.bytes.stream()) : Buffer.alloc(0);
      answer = {
        ok: true,
        message: r.original.message,
        version: r.version,
        image: { ...r.image, bytes: undefined },
        bytes: bytes.length > 100 ? `${bytes.length} bytes` : bytes.toString(),
        inMemory: r.image?.bytes.chunks !== undefined,
        tempEntries: (await readdir(root)).length,
        budgetUsed: budget.used,
      };
    } catch (e) {
      status = e instanceof RelayError ? e.status : 500;
      answer = { code: e instanceof RelayError ? e.code : 'unexpected', message: (e as Error).message };
    } finally {
      await scratch.cleanup();
    }
    return reply.code(status).send(answer);
  });
});
afterAll(async () => {
  await app.close();
  await rm(root, { recursive: true, force: true });
});

async function post(parts: FormPart[]) {
  const { body, contentType } = await formBody(parts);
  const res = await app.inject({
    method: 'POST',
    url: '/',
    payload: body,
    headers: { 'content-type': contentType },
  });
  return res.json();
}
const file = (bytes = 'PNGBYTES'): FormPart => ({
  name: 'file',
  file: Buffer.from(bytes),
  fileName: 'x.png',
  type: 'image/png',
});

describe('parseMultipartRequest', () => {
  it('takes message then file, keeping the message text as sent', async () => {
    const message = messageJson({ version: 'v1' });
    const r = await post([{ name: 'message', value: message }, file()]);
    expect(r).toMatchObject({ ok: true, message, version: 'V1', bytes: 'PNGBYTES' });
    expect(r.image).toMatchObject({ size: 8, format: 'png', fileName: 'x.png', mimeType: 'image/png' });
  });

  it('takes file then message (the order of the API page curl)', async () => {
    const r = await post([file(), { name: 'message', value: messageJson() }]);
    expect(r).toMatchObject({ ok: true, bytes: 'PNGBYTES' });
  });

  it('ignores extra text fields', async () => {
    expect(
      (await post([{ name: 'note', value: 'x' }, { name: 'message', value: messageJson() }, file()])).ok,
    ).toBe(true);
  });

  it.each<[string, FormPart[], RegExp, string?]>([
    ['no file', [{ name: 'message', value: messageJson() }], /no 'file' part/],
    ['no message', [file()], /no 'message' part/],
    ['two files', [{ name: 'message', value: messageJson() }, file(), file()], /more than one file part/],
    [
      'a file under another name',
      [
        { name: 'message', value: messageJson() },
        { name: 'image', file: Buffer.from('x') },
      ],
      /Unexpected file part 'image'/,
    ],
    [
      'two messages',
      [{ name: 'message', value: messageJson() }, { name: 'message', value: messageJson() }, file()],
      /more than one 'message'/,
    ],
    [
      'message not JSON',
      [{ name: 'message', value: '{version: V2}' }, file()],
      /message part is not valid JSON/,
    ],
    [
      'message not an object',
      [{ name: 'message', value: '[1]' }, file()],
      /message part must be a JSON object/,
    ],
    [
      'bad version',
      [{ name: 'message', value: messageJson({ version: 'V7' }) }, file()],
      /Protocol version/,
      '0021',
    ],
    [
      'two images',
      [
        {
          name: 'message',
          value: messageJson({
            images: [
              { format: 'png', name: 'a' },
              { format: 'png', name: 'b' },
            ],
          }),
        },
        file(),
      ],
      /exactly one image/,
    ],
    [
      'too many parts',
      [
        ...Array.from({ length: 11 }, (_, i) => ({ name: `f${i}`, value: 'x' })),
        { name: 'message', value: messageJson() },
        file(),
      ],
      /more than 10 parts/,
    ],
    [
      '__proto__ field',
      [{ name: '__proto__', value: '{"polluted":1}' }, { name: 'message', value: messageJson() }, file()],
      /reserved name/,
    ],
    [
      'oversized message',
      [{ name: 'message', value: 'x'.repeat(1024 * 1024 + 10) }, file()],
      /larger than 1 MB/,
    ],
  ])('refuses %s', async (_what, parts, message, code = '0011') => {
    const before = (await readdir(root)).length;
    const r = await post(parts);
    expect(r.code).toBe(code);
    expect(r.message).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await readdir(root)).length).toBe(before);
  });

  it('takes a message part sent with Content-Type: application/json', async () => {
    const message = messageJson();
    const payload =
      `--b\r\nContent-Disposition: form-data; name="message"\r\nContent-Type: application/json\r\n\r\n${message}\r\n` +
      `--b\r\nContent-Disposition: form-data; name="file"; filename="x.png"\r\nContent-Type: image/png\r\n\r\nPNGBYTES\r\n--b--\r\n`;
    const res = await app.inject({
      method: 'POST',
      url: '/',
      payload,
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
    });
    expect(res.json()).toMatchObject({ ok: true, message, bytes: 'PNGBYTES' });
  });

  it('refuses a body that is not well-formed multipart', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/',
      payload: '--xyz\r\nContent-Disposition: form-data; name="message"\r\n\r\n{"a"',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
    });
    expect(res.json()).toMatchObject({ code: '0011' });
  });

  it('keeps a small upload in memory: no temp directory, budget taken until cleanup', async () => {
    const r = await post([{ name: 'message', value: messageJson() }, file()]);
    expect(r).toMatchObject({ ok: true, inMemory: true, tempEntries: 0, budgetUsed: 8 });
    expect(budget.used).toBe(0);
  });

  it('spools an upload past MEMORY_SPOOL_BYTES to a temp file, removed at cleanup', async () => {
    const big = Buffer.alloc(MEMORY_SPOOL_BYTES + 1, 7);
    const r = await post([
      { name: 'message', value: messageJson() },
      { name: 'file', file: big },
    ]);
    expect(r).toMatchObject({ ok: true, inMemory: false, tempEntries: 1, budgetUsed: 0 });
    expect(r.bytes).toBe(`${big.length} bytes`);
    expect(await readdir(root)).toEqual([]);
  });

  it('spools to disk once the shared memory budget is spent', async () => {
    const saved = budget;
    budget = new MemoryBudget(4);
    try {
      const r = await post([{ name: 'message', value: messageJson() }, file()]);
      expect(r).toMatchObject({ ok: true, inMemory: false, tempEntries: 1, bytes: 'PNGBYTES' });
    } finally {
      budget = saved;
    }
  });

  it('leaves no temp files behind', async () => {
    await post([file(), { name: 'message', value: 'nope' }]);
    expect(await readdir(root)).toEqual([]);
  });
});
