import { expect } from 'vitest';
import type { Case } from './context.ts';
import {
  stub,
  relay,
  png,
  jsonBody,
  postJson,
  postForm,
  message,
  file,
  stubGotFile,
  refused,
  served,
  filesNamed,
} from './context.ts';

/** Bad-input cases: odd file names and bad option values. */
export const nameAndOptionCases: Case[] = [
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
