import { expect } from 'vitest';
import { ErrorBodySchema } from '../../../src/clova/index.ts';
import { smallPng } from '../../support/images.ts';
import { fixtureBytes, startStubClova } from '../../support/stubClova.ts';
import { startChildRelay } from '../../support/childRelay.ts';
import { answerOf, settledEntries } from '../../support/exchange.ts';
import type { Answer } from '../../support/exchange.ts';

/**
 * Faults around the relay: CLOVA failing in every way seen or documented (clova.test.ts), and
 * clients that are slow or leave (clients.test.ts). Each answer is checked, then that the relay
 * serves the next request, leaves no temp file and stays within its memory bound: startPair's
 * expectHealthy().
 */

export const SECRET = 'faults-secret-93a7';
export const MB = 1024 * 1024;
export const MEMORY_BOUND = 150 * MB;
export const PATH = '/api/ocr/general';
export const CLOVA_PATH = '/custom/v1/12345/0123456789abcdef/general';

export let png: Buffer;
/** The small page every request of the fault suites sends (made once per suite, in beforeAll). */
export async function makePng(): Promise<void> {
  png = await smallPng();
}

export const jsonBody = () =>
  JSON.stringify({
    version: 'V2',
    requestId: 'r1',
    timestamp: 0,
    images: [{ format: 'png', name: 'p', data: png.toString('base64') }],
  });

/** A relay (child process) in front of its own stub CLOVA. */
export async function startPair(env: Record<string, string>) {
  const stub = await startStubClova({ secret: SECRET });
  const relay = await startChildRelay({ CLOVA_OCR_INVOKE_URL: stub.url, CLOVA_OCR_SECRET: SECRET, ...env });
  const post = async (body: string | Buffer = jsonBody(), headers: Record<string, string> = {}) =>
    answerOf(
      await fetch(relay.origin + PATH, {
        method: 'POST',
        body: body as BodyInit,
        headers: { 'content-type': 'application/json', ...headers },
      }),
    );
  expect((await post()).status).toBe(200);
  const baseline = await relay.rss();
  let highest = baseline;
  /** After any fault: serves the next request, no temp file, memory within bound. */
  const expectHealthy = async () => {
    stub.defaultMode = { kind: 'fixture' };
    const next = await post();
    expect(next.status).toBe(200);
    expect(next.text).toBe(fixtureBytes().toString('utf8'));
    expect(await settledEntries(relay.tempEntries)).toEqual([]);
    const rss = await relay.rss();
    highest = Math.max(highest, rss);
    expect(rss - baseline).toBeLessThan(MEMORY_BOUND);
  };
  /** The relay's RSS at the start and the highest seen after a fault, in MB. */
  const memory = () => `RSS ${Math.round(baseline / MB)} MB at start, ${Math.round(highest / MB)} MB at most`;
  return {
    stub,
    relay,
    post,
    expectHealthy,
    memory,
    close: async () => {
      await relay.close();
      await stub.close();
    },
  };
}

export type Pair = Awaited<ReturnType<typeof startPair>>;

export function expectError(answer: Answer, status: number, code: string, message: RegExp, path = PATH) {
  expect(answer.status, answer.text.slice(0, 300)).toBe(status);
  const body = ErrorBodySchema.parse(JSON.parse(answer.text));
  expect(body).toMatchObject({ code, path });
  expect(body.message).toMatch(message);
}
