import { expect } from 'vitest';
import { request as httpRequest } from 'node:http';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { OcrResponse } from '../../../src/clova/index.ts';
import { formBody, messageJson } from '../../support/formBody.ts';
import type { FormPart } from '../../support/formBody.ts';
import { jpegClaimingSize, pngClaimingSize, smallJpeg, smallPng } from '../../support/images.ts';
import { startStubClova } from '../../support/stubClova.ts';
import type { StubClova } from '../../support/stubClova.ts';
import { startChildRelay } from '../../support/childRelay.ts';
import type { ChildRelay } from '../../support/childRelay.ts';
import { answerOf } from '../../support/exchange.ts';
import type { Answer } from '../../support/exchange.ts';
import { nestedFlatePdf } from '../../support/hostilePdfs.ts';
import { PAGE_TEXT } from '../../support/pdfWriter.ts';

/**
 * What the bad-input suite's cases share: the relay under test (as `npm start` runs it, CLOVA
 * stubbed on loopback, the real tesseract engine), the inputs, and how a case sends and states
 * what it expects. The variables are filled in by startBadInputRelay() in the suite's beforeAll;
 * cases only read them when they run.
 */

export const SECRET = 'bad-input-secret-51d0';
export const MB = 1024 * 1024;
export const MEMORY_BOUND = 150 * MB;
// Long enough for a 67 MB upload on a busy machine; the 408 itself is tested in faults/clients.test.ts.
export const REQUEST_TIMEOUT_MS = 10_000;
export const PATH = '/api/ocr/general';

export let stub: StubClova;
export let relay: ChildRelay;
export let png: Buffer;
export let jpeg: Buffer;
export const rssAfter: Array<{ name: string; rss: number }> = [];

export let pngFor40k: Buffer;
export let jpegFor65k: Buffer;
export let nestedFlate: Buffer;

/** Starts the stub and the relay (both engines warmed up) and makes the inputs that take a while. */
export async function startBadInputRelay(): Promise<void> {
  [png, jpeg] = await Promise.all([smallPng(), smallJpeg(240, 80)]);
  stub = await startStubClova({ secret: SECRET });
  relay = await startChildRelay({
    CLOVA_OCR_INVOKE_URL: stub.url,
    CLOVA_OCR_SECRET: SECRET,
    REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
    TESSERACT_CONCURRENCY: '2',
  });
  // Both engines loaded and warm, so the baseline is the relay at work, not at rest.
  expect((await postJson(jsonBody())).status).toBe(200);
  expect((await postJson(jsonBody(), 'tesseract')).status).toBe(200);
  pngFor40k = await pngClaimingSize(40000, 40000);
  jpegFor65k = await jpegClaimingSize(65000, 65000);
  nestedFlate = nestedFlatePdf(3, 64 * MB);
}

export async function stopBadInputRelay(): Promise<void> {
  await relay?.close();
  await stub?.close();
}

export type Engine = 'clova' | 'tesseract';

export const jsonBody = (over: Record<string, unknown> = {}, image: Record<string, unknown> = {}) =>
  JSON.stringify({
    version: 'V2',
    requestId: 'r1',
    timestamp: 0,
    images: [{ format: 'png', name: 'p', data: png.toString('base64'), ...image }],
    ...over,
  });
export const withData = (format: string, bytes: Buffer) =>
  jsonBody({}, { format, data: bytes.toString('base64') });

export const engineHeader = (engine?: Engine): Record<string, string> =>
  engine ? { 'x-ocr-engine': engine } : {};

export async function postJson(body: string | Buffer, engine?: Engine, headers: Record<string, string> = {}) {
  const res = await fetch(relay.origin + PATH, {
    method: 'POST',
    body: body as BodyInit,
    headers: { 'content-type': 'application/json', ...engineHeader(engine), ...headers },
  });
  return answerOf(res);
}

export async function postForm(parts: FormPart[], engine?: Engine) {
  const { body, contentType } = await formBody(parts);
  const res = await fetch(relay.origin + PATH, {
    method: 'POST',
    body: body as BodyInit,
    headers: { 'content-type': contentType, ...engineHeader(engine) },
  });
  return answerOf(res);
}

export const message = (
  over: Record<string, unknown> = {},
  image: Record<string, unknown> = {},
): FormPart => ({
  name: 'message',
  value: messageJson(over, image),
});
export const file = (bytes: Buffer = png, fileName = 'x.png', type = 'image/png'): FormPart => ({
  name: 'file',
  file: bytes,
  fileName,
  type,
});

export const head = (length: number | string, type = 'application/json') =>
  `POST ${PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${type}\r\nContent-Length: ${length}\r\n\r\n`;

/** A PNG followed by zeros up to `size` bytes: valid (decoders stop at IEND), of an exact size. */
export function paddedPng(size: number): Buffer {
  const out = Buffer.alloc(size);
  png.copy(out);
  return out;
}

/** The text a CLOVA response read, all pages. */
export const readText = (r: OcrResponse) =>
  r.images.flatMap((i) => (i.fields ?? []).map((f) => f.inferText)).join(' ');

/** The last request the stub got carried exactly these file bytes, under this name. */
export function stubGotFile(bytes: Buffer, name: string) {
  const got = stub.requests.at(-1)?.file;
  expect(got).toMatchObject({ size: bytes.length, name });
}

export type Expectation =
  | { status: number; code: string; message: RegExp }
  | { status: 200; check: (r: OcrResponse) => void | Promise<void> };

export interface Case {
  group: string;
  name: string;
  send: () => Promise<Answer>;
  expect: Expectation;
}

export const refused = (message: RegExp, status = 400, code = '0011') => ({ status, code, message });
export const served = (check: (r: OcrResponse) => void | Promise<void>) => ({ status: 200 as const, check });
export const failedPage = served((r) => {
  expect(r.images).toHaveLength(1);
  expect(r.images[0]).toMatchObject({ inferResult: 'FAILURE', message: 'Recognition failure', fields: [] });
});
export const readPage = (pages = 1) =>
  served((r) => {
    expect(r.images.map((i) => i.inferResult)).toEqual(Array(pages).fill('SUCCESS'));
    expect(readText(r)).toContain(PAGE_TEXT.split(' ')[0]);
  });

export function postJsonLike(body: string, contentType: string) {
  return fetch(relay.origin + PATH, { method: 'POST', body, headers: { 'content-type': contentType } }).then(
    answerOf,
  );
}

/** Sends up to 300 MB of base64 without a Content-Length, stopping when the relay answers. */
export function chunkedOverLimit(): Promise<Answer> {
  const chunk = Buffer.alloc(MB, 0x41);
  return new Promise((resolve, reject) => {
    const req = httpRequest(relay.origin + PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    });
    let sent = 0;
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => {
        // The relay stopped reading near the limit, long before the 300 MB the client had.
        expect(sent).toBeLessThan(200 * MB);
        resolve({ status: res.statusCode ?? 0, text });
      });
    });
    req.on('error', (err) => (answered ? undefined : reject(err)));
    req.write('{"version":"V2","requestId":"r","timestamp":0,"images":[{"format":"png","name":"n","data":"');
    const pump = () => {
      while (!answered && sent < 300 * MB) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end('"}]}');
    };
    pump();
  });
}

export async function filesNamed(name: string, dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.name === name) found.push(join(e.parentPath, e.name));
  }
  return found;
}
