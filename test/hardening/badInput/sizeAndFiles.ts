import { expect } from 'vitest';
import type { Case } from './context.ts';
import { MAX_IMAGE_BYTES } from '../../../src/clova/index.ts';
import { formBody } from '../../support/formBody.ts';
import { rawExchange } from '../../support/exchange.ts';
import { jpegPdfPolyglot } from '../../support/hostileImages.ts';
import { pagesPdf } from '../../support/hostilePdfs.ts';
import {
  MB,
  stub,
  relay,
  png,
  jpeg,
  jsonBody,
  withData,
  postJson,
  postForm,
  message,
  file,
  head,
  paddedPng,
  stubGotFile,
  refused,
  served,
  failedPage,
  chunkedOverLimit,
} from './context.ts';

/** Bad-input cases: size limits and empty, wrong or truncated files. */
export const sizeAndFileCases: Case[] = [
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
];
