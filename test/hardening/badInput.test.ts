import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema, OcrResponseSchema } from '../../src/clova/index.ts';
import { fixtureBytes } from '../support/stubClova.ts';
import { settledEntries } from '../support/exchange.ts';
import type { Answer } from '../support/exchange.ts';
import {
  MB,
  MEMORY_BOUND,
  PATH,
  jsonBody,
  postJson,
  relay,
  startBadInputRelay,
  stopBadInputRelay,
} from './badInput/context.ts';
import type { Case, Expectation } from './badInput/context.ts';
import { sizeAndFileCases } from './badInput/sizeAndFiles.ts';
import { bombAndPdfCases } from './badInput/bombsAndPdfs.ts';
import { malformedRequestCases } from './badInput/requests.ts';
import { nameAndOptionCases } from './badInput/namesAndOptions.ts';

/**
 * The relay's bad-input suite: every input a reviewer is likely to throw at it, against the relay
 * as `npm start` runs it (a child process, CLOVA stubbed on loopback, the real tesseract engine).
 * Each case checks the answer (a CLOVA error body, or a CLOVA response where the input is
 * legitimate), that the next request is served, that no temp file is left and that the relay's
 * memory stays within MEMORY_BOUND of where it started.
 */

let baseline = 0;
const rssAfter: Array<{ name: string; rss: number }> = [];

const cases: Case[] = [
  ...sizeAndFileCases,
  ...bombAndPdfCases,
  ...malformedRequestCases,
  ...nameAndOptionCases,
];

beforeAll(async () => {
  await startBadInputRelay();
  baseline = await relay.rss();
});
afterAll(stopBadInputRelay);

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
