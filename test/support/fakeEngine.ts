import { buffer } from 'node:stream/consumers';
import type {
  Engine,
  EngineAvailability,
  EngineInput,
  EngineName,
  EngineOutput,
} from '../../src/server/engines/engine.ts';

export interface FakeEngineCall {
  input: EngineInput;
  /** The image bytes as the engine saw them while running. */
  bytes?: Buffer;
}

/**
 * An engine for HTTP-layer tests: records what it was given, reads the spooled image while
 * running (as a real engine would), and answers a small CLOVA-shaped response, or whatever
 * `behaviour` says.
 */
export function fakeEngine(
  name: EngineName,
  opts: {
    availability?: EngineAvailability;
    behaviour?: (input: EngineInput) => Promise<EngineOutput>;
  } = {},
): Engine & { calls: FakeEngineCall[] } {
  const calls: FakeEngineCall[] = [];
  return {
    name,
    calls,
    availability: async () =>
      opts.availability ?? { available: true, details: { languages: ['eng', 'kor'] } },
    async run(input) {
      const call: FakeEngineCall = { input };
      calls.push(call);
      if (input.image) call.bytes = await buffer(input.image.bytes.stream());
      if (opts.behaviour) return opts.behaviour(input);
      return {
        status: 200,
        body: {
          version: input.version,
          requestId: input.request.requestId,
          timestamp: Date.now(),
          images: [
            {
              uid: '0'.repeat(32),
              name: input.request.images[0].name,
              inferResult: 'SUCCESS',
              message: 'SUCCESS',
              validationResult: { result: 'NO_REQUESTED' },
              fields: [],
            },
          ],
        },
      };
    },
  };
}
