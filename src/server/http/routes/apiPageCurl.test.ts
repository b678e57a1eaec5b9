import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fakeEngine } from '../../../../test/support/fakeEngine.ts';
import { smallPng } from '../../../../test/support/images.ts';
import { startRelay } from '../../../../test/support/runningRelay.ts';
import type { RunningRelay } from '../../../../test/support/runningRelay.ts';
import { fixtureBytes, startStubClova } from '../../../../test/support/stubClova.ts';
import type { StubClova } from '../../../../test/support/stubClova.ts';

const run = promisify(execFile);
const CLOVA_SECRET = 'stub-clova-secret';
const RELAY_KEY = 'relay-door-key';
let stub: StubClova;
let relay: RunningRelay;
let dir: string;
let png: Buffer;
const tesseract = fakeEngine('tesseract');

beforeAll(async () => {
  png = await smallPng(120, 40);
  dir = await mkdtemp(join(tmpdir(), 'curl-'));
  await writeFile(join(dir, 'sample.png'), png);
  stub = await startStubClova({ secret: CLOVA_SECRET });
  relay = await startRelay(
    { CLOVA_OCR_INVOKE_URL: stub.url, CLOVA_OCR_SECRET: CLOVA_SECRET, RELAY_ACCESS_KEY: RELAY_KEY },
    { engines: { tesseract } },
  );
});
afterAll(async () => {
  await relay.close();
  await stub.close();
  await rm(dir, { recursive: true, force: true });
});

/** The API page's commands, character for character except the URL, the key, the file and its format. */
const multipartCurl = (url: string, engine = '') => `curl --silent --location --request POST '${url}' \\
--header 'Content-Type: multipart/form-data' \\
--header 'X-OCR-SECRET: ${RELAY_KEY}' ${engine}\\
--form 'file=@"sample.png"' \\
--form 'message="{\\"version\\": \\"v1\\", \\"requestId\\": \\"1234\\", \\"timestamp\\": 1722225600000, \\"lang\\": \\"ko\\", \\"images\\": [{\\"format\\": \\"png\\", \\"name\\": \\"covid_sample\\"}]}"'`;

const jsonCurl = (url: string) => `curl --silent --location --request POST '${url}' \\
--header 'Content-Type: application/json' \\
--header 'X-OCR-SECRET: ${RELAY_KEY}' \\
--data '{
    "version": "V2",
    "requestId": "1234",
    "timestamp": "1722225600000",
    "lang": "ko",
    "images": [
        {
        "format": "jpg",
        "name": "demo_2",
        "url": "https://www.ncloud.com/file-img/vol02/000/614/example_0001.jpg"
        }
    ],
    "enableTableDetection": false
}'`;

async function curl(command: string): Promise<Buffer> {
  const { stdout } = await run('bash', ['-c', command], {
    cwd: dir,
    encoding: 'buffer',
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

describe("the API page's curl commands, pointed at the relay", () => {
  it('multipart: CLOVA gets the same message and file, the client gets CLOVA bytes', async () => {
    const out = await curl(multipartCurl(`${relay.origin}/api/ocr/general`));
    expect(out.equals(fixtureBytes())).toBe(true);
    const seen = stub.requests.at(-1)!;
    expect(seen.kind).toBe('multipart');
    expect(seen.headers['x-ocr-secret']).toBe(CLOVA_SECRET);
    expect(seen.message).toMatchObject({
      version: 'v1',
      requestId: '1234',
      lang: 'ko',
      images: [{ format: 'png', name: 'covid_sample' }],
    });
    expect(seen.file).toMatchObject({ name: 'sample.png', size: png.length });
  });

  it('multipart with the embedded engine (X-OCR-Engine: tesseract)', async () => {
    const out = await curl(multipartCurl(`${relay.origin}/general`, "--header 'X-OCR-Engine: tesseract' "));
    expect(JSON.parse(out.toString()).images[0].name).toBe('covid_sample');
    expect(tesseract.calls.at(-1)!.bytes?.equals(png)).toBe(true);
    expect(tesseract.calls.at(-1)!.input.version).toBe('V1');
  });

  it('JSON with a url: forwarded to CLOVA as sent', async () => {
    const out = await curl(jsonCurl(`${relay.origin}/api/ocr/general`));
    expect(out.equals(fixtureBytes())).toBe(true);
    expect(stub.requests.at(-1)!.message).toMatchObject({
      timestamp: '1722225600000',
      images: [{ name: 'demo_2' }],
    });
  });

  it('refuses the same command with another key', async () => {
    const out = await curl(multipartCurl(`${relay.origin}/api/ocr/general`).replace(RELAY_KEY, 'guess'));
    expect(JSON.parse(out.toString())).toMatchObject({ code: '0002' });
    expect(await relay.tempEntries()).toEqual([]);
  });
});
