import type { Case } from './context.ts';
import { messageJson } from '../../support/formBody.ts';
import { MB, jsonBody, postJson, postForm, message, file, refused, postJsonLike } from './context.ts';

/** Bad-input cases: malformed requests. */
export const malformedRequestCases: Case[] = [
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
];
