import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../src/clova/index.ts';
import type { ErrorCode } from '../../../src/clova/index.ts';
import { fixtureBytes } from '../../support/stubClova.ts';
import type { StubMode } from '../../support/stubClova.ts';
import { waitFor } from '../../support/exchange.ts';
import type { Answer } from '../../support/exchange.ts';
import { CLOVA_PATH, makePng, startPair, expectError } from './pair.ts';
import type { Pair } from './pair.ts';

let fieldsResponse: Buffer;
beforeAll(async () => {
  await makePng();
  fieldsResponse = responseWithFields(100_000);
});

/** A real CLOVA response with its fields repeated up to `count`. */
function responseWithFields(count: number): Buffer {
  const base = JSON.parse(fixtureBytes().toString('utf8'));
  const fields = base.images[0].fields;
  base.images[0].fields = Array.from({ length: count }, (_, i) => fields[i % fields.length]);
  return Buffer.from(JSON.stringify(base));
}

describe('CLOVA failing', () => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await startPair({ CLOVA_TIMEOUT_MS: '500', CLOVA_MAX_RETRIES: '1' });
  });
  afterAll(async () => {
    console.log(`CLOVA faults: ${faults.length} injected; ${pair?.memory()}`);
    await pair?.close();
  });

  interface Fault {
    name: string;
    modes: StubMode[];
    /** The mode for every further call (retries included). */
    thereafter?: StubMode;
    check: (answer: Answer) => void;
    /** Calls CLOVA should have received. */
    calls: number;
  }
  const relayed = (code: ErrorCode) => (a: Answer) =>
    expectError(a, ERROR_CODES[code].status, code, new RegExp(`^${ERROR_CODES[code].message}$`), CLOVA_PATH);
  const faults: Fault[] = [
    {
      name: 'a timeout: 504 after CLOVA_TIMEOUT_MS, not retried',
      modes: [{ kind: 'delay', ms: 5000 }],
      check: (a) => expectError(a, 504, '0500', /CLOVA did not answer within 500 ms/),
      calls: 1,
    },
    {
      name: 'one connection reset before the answer: retried and served',
      modes: [{ kind: 'reset' }],
      check: (a) => expect(a).toEqual({ status: 200, text: fixtureBytes().toString('utf8') }),
      calls: 2,
    },
    {
      name: 'connection resets that do not stop: 502 after CLOVA_MAX_RETRIES',
      modes: [],
      thereafter: { kind: 'reset' },
      check: (a) => expectError(a, 502, '0500', /could not be reached .*ECONNRESET.*2 attempt/),
      calls: 2,
    },
    {
      name: '401/0002 (wrong secret at CLOVA): relayed unchanged',
      modes: [{ kind: 'error', code: '0002' }],
      check: relayed('0002'),
      calls: 1,
    },
    {
      name: '400/0025 (rate limit) once: retried and served',
      modes: [{ kind: 'error', code: '0025' }],
      check: (a) => expect(a).toEqual({ status: 200, text: fixtureBytes().toString('utf8') }),
      calls: 2,
    },
    {
      name: '400/0025 that does not stop: relayed after CLOVA_MAX_RETRIES',
      modes: [],
      thereafter: { kind: 'error', code: '0025' },
      check: relayed('0025'),
      calls: 2,
    },
    {
      name: '500/0501 (OCR service error): relayed unchanged',
      modes: [{ kind: 'error', code: '0501' }],
      check: relayed('0501'),
      calls: 1,
    },
    {
      name: 'an HTML error page instead of JSON: 502',
      modes: [{ kind: 'non-json' }],
      check: (a) => expectError(a, 502, '0500', /not JSON \(text\/html/),
      calls: 1,
    },
    {
      name: 'JSON cut in half in a complete answer: 502',
      modes: [{ kind: 'truncated-json' }],
      check: (a) => expectError(a, 502, '0500', /not JSON/),
      calls: 1,
    },
    {
      name: 'the connection dropped halfway through the answer: 502',
      modes: [{ kind: 'cut' }],
      check: (a) => expectError(a, 502, '0500', /closed the connection in the middle of its answer/),
      calls: 1,
    },
    {
      name: 'a response with 100 000 fields: passed through byte for byte',
      modes: [{ kind: 'bytes', body: Buffer.alloc(0) }],
      check: (a) => {
        expect(a.status).toBe(200);
        expect(a.text === fieldsResponse.toString('utf8')).toBe(true);
        expect(JSON.parse(a.text).images[0].fields).toHaveLength(100_000);
      },
      calls: 1,
    },
  ];

  it.each(faults.map((f) => [f.name, f] as const))('%s', async (_name, f) => {
    const { stub } = pair;
    stub.requests.length = 0;
    // The big body is built once, in beforeAll, and swapped in here.
    stub.queue(...f.modes.map((m) => (m.kind === 'bytes' ? { ...m, body: fieldsResponse } : m)));
    if (f.thereafter) stub.defaultMode = f.thereafter;
    f.check(await pair.post());
    expect(stub.requests).toHaveLength(f.calls);
    await pair.expectHealthy();
  });

  it('never leaves a call open at CLOVA after answering', async () => {
    await waitFor(() => pair.stub.inFlight === 0);
    expect(pair.stub.inFlight).toBe(0);
  });
});
