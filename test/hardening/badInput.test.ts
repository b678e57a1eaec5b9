import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorBodySchema, MAX_IMAGE_BYTES, OcrResponseSchema } from '../../src/clova/index.ts';
import type { OcrResponse } from '../../src/clova/index.ts';
import { formBody, messageJson } from '../support/formBody.ts';
import type { FormPart } from '../support/formBody.ts';
import { jpegClaimingSize, pngClaimingSize, smallJpeg, smallPng } from '../support/images.ts';
import { fixtureBytes, startStubClova } from '../support/stubClova.ts';
import type { StubClova } from '../support/stubClova.ts';
import { buildTiff } from '../support/tiffBuilder.ts';
import { startChildRelay } from '../support/childRelay.ts';
import type { ChildRelay } from '../support/childRelay.ts';
import { answerOf, rawExchange, settledEntries } from '../support/exchange.ts';
import type { Answer } from '../support/exchange.ts';
import { blankG4Tiff, jpegPdfPolyglot, whitePng1Bit } from '../support/hostileImages.ts';
import { encryptedPdf, nestedFlatePdf, pagesPdf, zeroPagePdf } from '../support/hostilePdfs.ts';
import { PAGE_TEXT } from '../support/pdfWriter.ts';

/**
 * The relay's bad-input suite: every input a reviewer is likely to throw at it, against the relay
 * as `npm start` runs it (a child process, CLOVA stubbed on loopback, the real tesseract engine).
 * Each case checks the answer (a CLOVA error body, or a CLOVA response where the input is
 * legitimate), that the next request is served, that no temp file is left and that the relay's
 * memory stays within MEMORY_BOUND of where it started.
 */

const SECRET = 'bad-input-secret-51d0';
const MB = 1024 * 1024;
const MEMORY_BOUND = 150 * MB;
// Long enough for a 67 MB upload on a busy machine; the 408 itself is tested in faults.test.ts.
const REQUEST_TIMEOUT_MS = 10_000;
const PATH = '/api/ocr/general';

let stub: StubClova;
let relay: ChildRelay;
let png: Buffer;
let jpeg: Buffer;
let baseline = 0;
const rssAfter: Array<{ name: string; rss: number }> = [];

beforeAll(async () => {
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
  baseline = await relay.rss();
});
afterAll(async () => {
  await relay?.close();
  await stub?.close();
});

type Engine = 'clova' | 'tesseract';

const jsonBody = (over: Record<string, unknown> = {}, image: Record<string, unknown> = {}) =>
  JSON.stringify({
    version: 'V2',
    requestId: 'r1',
    timestamp: 0,
    images: [{ format: 'png', name: 'p', data: png.toString('base64'), ...image }],
    ...over,
  });
const withData = (format: string, bytes: Buffer) => jsonBody({}, { format, data: bytes.toString('base64') });

const engineHeader = (engine?: Engine): Record<string, string> => (engine ? { 'x-ocr-engine': engine } : {});

async function postJson(body: string | Buffer, engine?: Engine, headers: Record<string, string> = {}) {
  const res = await fetch(relay.origin + PATH, {
    method: 'POST',
    body: body as BodyInit,
    headers: { 'content-type': 'application/json', ...engineHeader(engine), ...headers },
  });
  return answerOf(res);
}

async function postForm(parts: FormPart[], engine?: Engine) {
  const { body, contentType } = await formBody(parts);
  const res = await fetch(relay.origin + PATH, {
    method: 'POST',
    body: body as BodyInit,
    headers: { 'content-type': contentType, ...engineHeader(engine) },
  });
  return answerOf(res);
}

const message = (over: Record<string, unknown> = {}, image: Record<string, unknown> = {}): FormPart => ({
  name: 'message',
  value: messageJson(over, image),
});
const file = (bytes: Buffer = png, fileName = 'x.png', type = 'image/png'): FormPart => ({
  name: 'file',
  file: bytes,
  fileName,
  type,
});

const head = (length: number | string, type = 'application/json') =>
  `POST ${PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ${type}\r\nContent-Length: ${length}\r\n\r\n`;

/** A PNG followed by zeros up to `size` bytes: valid (decoders stop at IEND), of an exact size. */
function paddedPng(size: number): Buffer {
  const out = Buffer.alloc(size);
  png.copy(out);
  return out;
}

/** The text a CLOVA response read, all pages. */
const readText = (r: OcrResponse) =>
  r.images.flatMap((i) => (i.fields ?? []).map((f) => f.inferText)).join(' ');

/** The last request the stub got carried exactly these file bytes, under this name. */
function stubGotFile(bytes: Buffer, name: string) {
  const got = stub.requests.at(-1)?.file;
  expect(got).toMatchObject({ size: bytes.length, name });
}

type Expectation =
  | { status: number; code: string; message: RegExp }
  | { status: 200; check: (r: OcrResponse) => void | Promise<void> };

interface Case {
  group: string;
  name: string;
  send: () => Promise<Answer>;
  expect: Expectation;
}

const refused = (message: RegExp, status = 400, code = '0011') => ({ status, code, message });
const served = (check: (r: OcrResponse) => void | Promise<void>) => ({ status: 200 as const, check });
const failedPage = served((r) => {
  expect(r.images).toHaveLength(1);
  expect(r.images[0]).toMatchObject({ inferResult: 'FAILURE', message: 'Recognition failure', fields: [] });
});
const readPage = (pages = 1) =>
  served((r) => {
    expect(r.images.map((i) => i.inferResult)).toEqual(Array(pages).fill('SUCCESS'));
    expect(readText(r)).toContain(PAGE_TEXT.split(' ')[0]);
  });

const cases: Case[] = [
  // --- Size ------------------------------------------------------------------------------------
  {
    group: 'size',
    name: 'a multipart file of exactly 50 MB passes the size check',
    send: () => postForm([message(), file(paddedPng(MAX_IMAGE_BYTES))]),
    expect: served(() => stubGotFile(paddedPng(MAX_IMAGE_BYTES), 'x.png')),
  },
  {
    group: 'size',
    name: 'a multipart file of 50 MB + 1 byte, refused while streaming',
    send: () => postForm([message(), file(paddedPng(MAX_IMAGE_BYTES + 1))]),
    expect: refused(/larger than 50 MB, CLOVA's size limit/),
  },
  {
    group: 'size',
    name: 'JSON data decoding to exactly 50 MB passes the size check',
    send: () => postJson(withData('png', paddedPng(MAX_IMAGE_BYTES))),
    expect: served(() => expect(stub.requests.at(-1)?.kind).toBe('json')),
  },
  {
    group: 'size',
    name: 'JSON data decoding to 50 MB + 1 byte',
    send: () => postJson(withData('png', paddedPng(MAX_IMAGE_BYTES + 1))),
    expect: refused(/larger than 50 MB, CLOVA's size limit/),
  },
  {
    group: 'size',
    name: 'a 70 MB JSON body, refused from its Content-Length',
    send: () => postJson(Buffer.alloc(70 * MB, 0x41)),
    expect: refused(/larger than 68 MB.*at most 50 MB/),
  },
  {
    group: 'size',
    name: 'a JSON Content-Length of 100 MB over a small body (lying high), refused before reading',
    send: () => rawExchange(relay.origin, [head(100 * MB), jsonBody()]),
    expect: refused(/larger than 68 MB/),
  },
  {
    group: 'size',
    name: 'a multipart Content-Length of 100 MB over a small body (lying high), refused before reading',
    send: async () => {
      const { body, contentType } = await formBody([message(), file()]);
      return rawExchange(relay.origin, [head(100 * MB, contentType), body]);
    },
    expect: refused(/larger than 61 MB/),
  },
  {
    group: 'size',
    name: 'a Content-Length 100 bytes longer than the body, client half-closing',
    send: () => rawExchange(relay.origin, [head(jsonBody().length + 100), jsonBody()], { halfClose: true }),
    expect: refused(/connection ended before the request was complete/),
  },
  {
    group: 'size',
    name: 'a Content-Length 10 bytes shorter than the body (lying low)',
    send: () => rawExchange(relay.origin, [head(jsonBody().length - 10), jsonBody()]),
    expect: refused(/not valid JSON|not valid HTTP/),
  },
  {
    group: 'size',
    name: 'a chunked JSON body growing past the limit, refused while streaming',
    send: chunkedOverLimit,
    expect: refused(/at most 50 MB/),
  },

  // --- Empty or wrong files --------------------------------------------------------------------
  {
    group: 'empty or wrong file',
    name: 'a zero-byte file part',
    send: () => postForm([message(), file(Buffer.alloc(0))]),
    expect: refused(/empty \(0 bytes\)/),
  },
  {
    group: 'empty or wrong file',
    name: 'an empty JSON body',
    send: () => postJson(''),
    expect: refused(/not valid JSON/),
  },
  {
    group: 'empty or wrong file',
    name: 'empty base64 data and no url',
    send: () => postJson(jsonBody({}, { data: '' })),
    expect: refused(/data \(base64\) or url/),
  },
  {
    group: 'empty or wrong file',
    name: 'data that is not base64',
    send: () => postJson(jsonBody({}, { data: '***' })),
    expect: refused(/not valid base64/),
  },
  {
    group: 'empty or wrong file',
    name: 'GIF bytes named png',
    send: () => postJson(withData('png', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'))),
    expect: refused(/format is 'png' but the file is not a JPEG, PNG, PDF or TIFF file/),
  },
  {
    group: 'empty or wrong file',
    name: 'ZIP bytes sent as image/png x.png',
    send: () => postForm([message(), file(Buffer.from('PK\x03\x04\x14\x00\x00\x00', 'latin1'))]),
    expect: refused(/format is 'png' but the file is not a JPEG, PNG, PDF or TIFF file/),
  },
  {
    group: 'empty or wrong file',
    name: 'a JPEG named png',
    send: () => postJson(withData('png', jpeg)),
    expect: refused(/format is 'png' but the file is a JPEG/),
  },
  {
    group: 'empty or wrong file',
    name: 'a JPEG/PDF polyglot named pdf: judged by its first bytes',
    send: () => postJson(withData('pdf', jpegPdfPolyglot(jpeg, pagesPdf(1)))),
    expect: refused(/format is 'pdf' but the file is a JPEG/),
  },
  {
    group: 'empty or wrong file',
    name: 'a JPEG/PDF polyglot named jpg: read as the JPEG it is',
    send: () => postJson(withData('jpg', jpegPdfPolyglot(jpeg, pagesPdf(1))), 'tesseract'),
    expect: served((r) => expect(r.images[0]).toMatchObject({ inferResult: 'SUCCESS' })),
  },
  {
    group: 'empty or wrong file',
    name: 'an HTML page with a PDF header in its first KB, named pdf',
    send: () =>
      postJson(
        withData('pdf', Buffer.from('<html><script>alert(1)</script><!-- %PDF-1.7 --></html>')),
        'tesseract',
      ),
    expect: refused(/The PDF could not be read/),
  },
  {
    group: 'empty or wrong file',
    name: 'a PNG cut in half',
    send: () => postJson(withData('png', png.subarray(0, png.length >> 1)), 'tesseract'),
    expect: failedPage,
  },
  {
    group: 'empty or wrong file',
    name: 'a JPEG cut in half',
    send: () => postJson(withData('jpg', jpeg.subarray(0, jpeg.length >> 1)), 'tesseract'),
    expect: failedPage,
  },
  {
    group: 'empty or wrong file',
    name: 'a PDF cut in half',
    send: () => postJson(withData('pdf', pagesPdf(1).subarray(0, 300)), 'tesseract'),
    expect: refused(/The PDF could not be read/),
  },
  {
    group: 'empty or wrong file',
    name: 'a TIFF header with no page directory',
    send: () => postJson(withData('tiff', Buffer.from('II*\x00\x00\x00\x00\x00', 'latin1'))),
    expect: refused(/TIFF header could not be read/),
  },

  // --- Decompression bombs ---------------------------------------------------------------------
  {
    group: 'decompression bomb',
    name: 'a 0.1 KB PNG whose header claims 40000x40000',
    send: () => postJson(withData('png', pngFor40k)),
    expect: refused(/40000x40000 pixels \(1600\.0 MP\)/),
  },
  {
    group: 'decompression bomb',
    name: 'a real 25 KB 1-bit PNG of 10240x10240 (105 MP)',
    send: () => postJson(withData('png', whitePng1Bit(10240, 10240))),
    expect: refused(/10240x10240 pixels \(104\.9 MP\)/),
  },
  {
    group: 'decompression bomb',
    name: 'a 0.6 KB JPEG whose header claims 65000x65000',
    send: () => postJson(withData('jpg', jpegFor65k)),
    expect: refused(/65000x65000/),
  },
  {
    group: 'decompression bomb',
    name: 'a real 2.6 KB 1-bit G4 TIFF of 20000x20000 (400 MP)',
    send: () => postJson(withData('tiff', blankG4Tiff(20000, 20000))),
    expect: refused(/20000x20000 pixels \(400\.0 MP\)/),
  },
  {
    group: 'decompression bomb',
    name: 'a TIFF whose second page is 30000x30000 (big-endian)',
    send: () =>
      postJson(
        withData(
          'tiff',
          buildTiff(
            [
              { width: 10, height: 10 },
              { width: 30000, height: 30000 },
            ],
            'MM',
          ),
        ),
      ),
    expect: refused(/on page 2/),
  },
  {
    group: 'decompression bomb',
    name: 'a TIFF of 10 001 pages',
    send: () => postJson(withData('tiff', blankG4Tiff(64, 64, 10_001))),
    expect: refused(/more than 10000 pages/),
  },
  {
    group: 'decompression bomb',
    name: 'a TIFF of 11 pages on the embedded engine',
    send: () => postJson(withData('tiff', blankG4Tiff(200, 100, 11)), 'tesseract'),
    expect: refused(/TIFF has 11 pages; at most 10 pages are supported/),
  },

  // --- PDFs (the embedded engine reads them; CLOVA does for the clova engine) ------------------
  {
    group: 'pdf',
    name: 'a PDF of 11 pages',
    send: () => postJson(withData('pdf', pagesPdf(11)), 'tesseract'),
    expect: refused(/PDF has 11 pages; at most 10 pages are supported/),
  },
  {
    group: 'pdf',
    name: 'a PDF of exactly 10 pages is read',
    send: () => postJson(withData('pdf', pagesPdf(10)), 'tesseract'),
    expect: readPage(10),
  },
  {
    group: 'pdf',
    name: 'a PDF of 0 pages',
    send: () => postJson(withData('pdf', zeroPagePdf()), 'tesseract'),
    expect: refused(/The PDF has no pages/),
  },
  {
    group: 'pdf',
    name: 'an encrypted PDF that needs a password',
    send: () => postJson(withData('pdf', encryptedPdf('user-password')), 'tesseract'),
    expect: refused(/The PDF is protected by a password/),
  },
  {
    group: 'pdf',
    name: 'an encrypted PDF with an owner password only is read',
    send: () => postJson(withData('pdf', encryptedPdf('')), 'tesseract'),
    expect: readPage(),
  },
  {
    group: 'pdf',
    name: 'a 1 KB PDF whose content is Flate inside Flate inside Flate (64 MB inflated)',
    send: () => postJson(withData('pdf', nestedFlate), 'tesseract'),
    expect: readPage(),
  },

  // --- Malformed requests ----------------------------------------------------------------------
  {
    group: 'malformed request',
    name: 'no file part',
    send: () => postForm([message()]),
    expect: refused(/no 'file' part/),
  },
  {
    group: 'malformed request',
    name: 'no message part',
    send: () => postForm([file()]),
    expect: refused(/no 'message' part/),
  },
  {
    group: 'malformed request',
    name: 'two file parts',
    send: () => postForm([message(), file(), file()]),
    expect: refused(/more than one file part/),
  },
  {
    group: 'malformed request',
    name: 'a file part under another name',
    send: () => postForm([message(), { ...file(), name: 'image' }]),
    expect: refused(/Unexpected file part 'image'/),
  },
  {
    group: 'malformed request',
    name: '1001 parts',
    send: () =>
      postForm([
        ...Array.from({ length: 1000 }, (_, i) => ({ name: `f${i}`, value: 'v' })),
        message(),
        file(),
      ]),
    expect: refused(/more than 10 parts/),
  },
  {
    group: 'malformed request',
    name: 'a part named __proto__',
    send: () => postForm([{ name: '__proto__', value: '{"polluted":true}' }, message(), file()]),
    expect: refused(/reserved name/),
  },
  {
    group: 'malformed request',
    name: 'a message that is not JSON',
    send: () => postForm([{ name: 'message', value: 'version=V2&images=1' }, file()]),
    expect: refused(/message part is not valid JSON/),
  },
  {
    group: 'malformed request',
    name: 'a message that is a JSON array',
    send: () => postForm([{ name: 'message', value: '[]' }, file()]),
    expect: refused(/message part must be a JSON object/),
  },
  {
    group: 'malformed request',
    name: 'a 2 MB message',
    send: () => postForm([{ name: 'message', value: ' '.repeat(2 * MB) }, file()]),
    expect: refused(/message part is larger than 1 MB/),
  },
  {
    group: 'malformed request',
    name: 'JSON cut short',
    send: () => postJson('{"version": "V2", "images": ['),
    expect: refused(/body is not valid JSON/),
  },
  {
    group: 'malformed request',
    name: 'a JSON array as the body',
    send: () => postJson('[]'),
    expect: refused(/body must be a JSON object/),
  },
  {
    group: 'malformed request',
    name: 'JSON nested 100 000 levels deep',
    send: () =>
      postJson(jsonBody({ x: 0 }).replace('"x":0', `"x":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`)),
    expect: refused(/not valid JSON \(Maximum call stack size exceeded\)/),
  },
  {
    group: 'malformed request',
    name: 'a multipart body cut inside a part header',
    send: () =>
      postJsonLike(
        `--b\r\nContent-Disposition: form-data; name="message"\r\n\r\n${messageJson()}\r\n--b\r\nContent-Dispo`,
        'multipart/form-data; boundary=b',
      ),
    expect: refused(/multipart/i),
  },
  {
    group: 'malformed request',
    name: 'multipart without a boundary',
    send: () => postJsonLike('--b\r\n\r\n', 'multipart/form-data'),
    expect: refused(/Boundary not found/),
  },
  {
    group: 'malformed request',
    name: 'a text/plain body',
    send: () => postJsonLike('hello', 'text/plain'),
    expect: refused(/Content-Type must be application\/json or multipart\/form-data/),
  },
  {
    group: 'malformed request',
    name: 'an unknown X-OCR-Engine',
    send: () => postJson(jsonBody(), undefined, { 'x-ocr-engine': 'gpt-4' }),
    expect: refused(/must be clova or tesseract/, 400, '0022'),
  },

  // --- Odd file names: the relay never uses them as paths; CLOVA gets a safe header ------------
  {
    group: 'odd file name',
    name: '../../x (path stripped at the parser, nothing written outside TMPDIR)',
    send: () => postForm([message(), file(png, '../../x')]),
    expect: served(async () => {
      stubGotFile(png, 'x');
      expect(await filesNamed('x', relay.root)).toEqual([]);
    }),
  },
  {
    group: 'odd file name',
    name: 'a NUL inside the name',
    send: () => postForm([message(), file(png, 'scan\0.png')]),
    expect: served(() => stubGotFile(png, 'scan.png')),
  },
  {
    group: 'odd file name',
    name: 'a 10 KB name',
    send: () => postForm([message(), file(png, `${'n'.repeat(10 * 1024)}.png`)]),
    expect: served(() => stubGotFile(png, `${'n'.repeat(10 * 1024)}.png`)),
  },
  {
    group: 'odd file name',
    name: 'right-to-left override text (gnp.exe shown as exe.png)',
    send: () => postForm([message(), file(png, '\u202Egnp.exe')]),
    expect: served(() => stubGotFile(png, '\u202Egnp.exe')),
  },
  {
    group: 'odd file name',
    name: 'a quote and a line break that try to add a header',
    send: () => postForm([message(), file(png, 'a"\r\nX-Injected: 1.png')]),
    expect: served(() => {
      stubGotFile(png, 'a"\r\nX-Injected: 1.png');
      expect(stub.requests.at(-1)?.headers['x-injected']).toBeUndefined();
    }),
  },

  // --- Bad option values -----------------------------------------------------------------------
  {
    group: 'bad option',
    name: 'an unknown lang',
    send: () => postJson(jsonBody({ lang: 'ko,fr' })),
    expect: refused(/lang/),
  },
  {
    group: 'bad option',
    name: 'an unknown version',
    send: () => postJson(jsonBody({ version: 'V3' })),
    expect: refused(/version "V3" is not supported/, 400, '0021'),
  },
  {
    group: 'bad option',
    name: 'an unknown format',
    send: () => postJson(jsonBody({}, { format: 'gif' })),
    expect: refused(/images\[0\]\.format/),
  },
  {
    group: 'bad option',
    name: 'images empty',
    send: () => postJson(jsonBody({ images: [] })),
    expect: refused(/images/),
  },
  {
    group: 'bad option',
    name: 'images with two entries',
    send: () =>
      postJson(
        jsonBody({
          images: [
            { format: 'png', name: 'a', data: png.toString('base64') },
            { format: 'png', name: 'b', data: png.toString('base64') },
          ],
        }),
      ),
    expect: refused(/exactly one image/),
  },
  {
    group: 'bad option',
    name: 'an unknown lang in a multipart message',
    send: () => postForm([message({ lang: 'xx' }), file()]),
    expect: refused(/lang/),
  },
  {
    group: 'bad option',
    name: 'enableTableDetection as a string',
    send: () => postJson(jsonBody({ enableTableDetection: 'yes' })),
    expect: refused(/enableTableDetection/),
  },
  {
    group: 'bad option',
    name: 'an empty image name',
    send: () => postJson(jsonBody({}, { name: '' })),
    expect: refused(/images\[0\]\.name/),
  },
];

let pngFor40k: Buffer;
let jpegFor65k: Buffer;
let nestedFlate: Buffer;
beforeAll(async () => {
  pngFor40k = await pngClaimingSize(40000, 40000);
  jpegFor65k = await jpegClaimingSize(65000, 65000);
  nestedFlate = nestedFlatePdf(3, 64 * MB);
});

function postJsonLike(body: string, contentType: string) {
  return fetch(relay.origin + PATH, { method: 'POST', body, headers: { 'content-type': contentType } }).then(
    answerOf,
  );
}

/** Sends up to 300 MB of base64 without a Content-Length, stopping when the relay answers. */
function chunkedOverLimit(): Promise<Answer> {
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

async function filesNamed(name: string, dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.name === name) found.push(join(e.parentPath, e.name));
  }
  return found;
}

async function expectAnswer(answer: Answer, expected: Expectation) {
  expect(answer.status, answer.text.slice(0, 300)).toBe(expected.status);
  const json: unknown = JSON.parse(answer.text);
  if ('code' in expected) {
    const body = ErrorBodySchema.parse(json);
    expect(body.code).toBe(expected.code);
    expect(body.message).toMatch(expected.message);
    expect(body.path).toBe(PATH);
    expect(body.traceId).toMatch(/^[0-9a-f]{32}$/);
  } else {
    await expected.check(OcrResponseSchema.parse(json));
  }
}

async function expectServesNext() {
  const next = await postJson(jsonBody());
  expect(next.status).toBe(200);
  expect(next.text).toBe(fixtureBytes().toString('utf8'));
}

describe('the relay refuses bad input clearly and stays healthy', () => {
  it('tries at least 40 inputs, in every group the issue names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.group))).toEqual(
      new Set([
        'size',
        'empty or wrong file',
        'decompression bomb',
        'pdf',
        'malformed request',
        'odd file name',
        'bad option',
      ]),
    );
  });

  it.each(cases.map((c) => [`${c.group}: ${c.name}`, c] as const))('%s', async (name, c) => {
    await expectAnswer(await c.send(), c.expect);
    await expectServesNext();
    expect(await settledEntries(relay.tempEntries)).toEqual([]);
    const rss = await relay.rss();
    rssAfter.push({ name, rss });
    expect(rss - baseline).toBeLessThan(MEMORY_BOUND);
  });

  it('ends the suite within the memory bound, with no tesseract or poppler process left', async () => {
    expect(rssAfter).toHaveLength(cases.length);
    const end = await relay.rss();
    const peak = await relay.peakRss();
    console.log(
      `bad input: ${cases.length} inputs; relay RSS ${mb(baseline)} MB at start, ${mb(end)} MB at the end, ` +
        `highest after a case ${mb(Math.max(...rssAfter.map((r) => r.rss)))} MB, peak ${mb(peak)} MB`,
    );
    expect(end - baseline).toBeLessThan(MEMORY_BOUND);
    expect(await relay.ocrProcesses()).toEqual([]);
  });
});

const mb = (bytes: number) => Math.round(bytes / MB);
