import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { cachedRuns, runOptionsOf, seedRuns } from './sessionRuns.ts';
import { toRunOptions } from '../run/runOptions.ts';

describe('session runs and the query cache', () => {
  it('seeds runs under the exact key the run form produces, with the page offset of a range', () => {
    const client = new QueryClient();
    const form = {
      engine: 'tesseract',
      version: 'V1' as const,
      langs: ['ja' as const],
      enableTableDetection: true,
      range: [10, 12] as [number, number],
    };
    const live = toRunOptions(form, 'pdf', 30);
    // Extra fields in the file and a different property order must not change the key.
    const fromFile = {
      range: [10, 12] as [number, number],
      lang: 'ja',
      enableTableDetection: true,
      version: 'V1' as const,
      engine: 'tesseract',
      extra: 1,
    };
    seedRuns(client, 'h', [{ options: fromFile, response: { images: [] } }]);
    expect(client.getQueryData(['ocr', 'h', live])).toEqual({
      response: { images: [] },
      pageOffset: 10,
      elapsedMs: 0,
    });
    expect(runOptionsOf(fromFile)).toEqual(live);
  });

  it('reads back the finished runs of one document only', () => {
    const client = new QueryClient();
    const o = {
      engine: 'clova',
      version: 'V2' as const,
      lang: 'ko',
      enableTableDetection: false,
      range: null,
    };
    seedRuns(client, 'h', [{ options: o, response: { a: 1 } }]);
    seedRuns(client, 'other', [{ options: o, response: { b: 1 } }]);
    client.getQueryCache().build(client, { queryKey: ['ocr', 'h', { ...o, lang: 'ja' }] });
    expect(cachedRuns(client, 'h')).toEqual([
      { options: o, result: { response: { a: 1 }, pageOffset: 0, elapsedMs: 0 } },
    ]);
  });
});
