import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { cachedRuns, cancelRuns, runId, runKey, seedRuns } from './runs.ts';
import type { RunOptions } from '../run/runOptions.ts';

const v2: RunOptions = {
  engine: 'tesseract',
  version: 'V2',
  lang: 'ko',
  enableTableDetection: false,
  range: null,
};
const v1: RunOptions = { ...v2, version: 'V1', enableTableDetection: true, range: [10, 19] };

describe('runId', () => {
  it('ignores property order and tells documents and options apart', () => {
    const reordered = {
      range: null,
      enableTableDetection: false,
      lang: 'ko',
      version: 'V2' as const,
      engine: 'tesseract',
    };
    expect(runId('h', reordered)).toBe(runId('h', v2));
    expect(runId('h', v1)).not.toBe(runId('h', v2));
    expect(runId('g', v2)).not.toBe(runId('h', v2));
  });
});

describe('seedRuns and cachedRuns', () => {
  it('seeds runs under the key a live run reads, with the page offset of a range', () => {
    const client = new QueryClient();
    seedRuns(client, 'h', [{ options: v1, response: { images: [] } }]);
    expect(client.getQueryData(runKey('h', { ...v1 }))).toEqual({
      response: { images: [] },
      pageOffset: 10,
      elapsedMs: 0,
    });
  });

  it('reads back the finished runs of one document only', () => {
    const client = new QueryClient();
    const o = { ...v2, engine: 'clova' };
    seedRuns(client, 'h', [{ options: o, response: { a: 1 } }]);
    seedRuns(client, 'other', [{ options: o, response: { b: 1 } }]);
    client.getQueryCache().build(client, { queryKey: runKey('h', { ...o, lang: 'ja' }) });
    expect(cachedRuns(client, 'h')).toEqual([
      { options: o, result: { response: { a: 1 }, pageOffset: 0, elapsedMs: 0 } },
    ]);
  });
});

describe('cancelRuns', () => {
  it('aborts the runs in flight of every document', async () => {
    const client = new QueryClient();
    const aborted: string[] = [];
    const pending = (hash: string) =>
      client
        .fetchQuery({
          queryKey: runKey(hash, v2),
          queryFn: ({ signal }) =>
            new Promise((_, reject) =>
              signal.addEventListener('abort', () => {
                aborted.push(hash);
                reject(new Error('aborted'));
              }),
            ),
          retry: false,
        })
        .catch(() => {});
    const runs = [pending('a'), pending('b')];
    await cancelRuns(client);
    await Promise.all(runs);
    expect(aborted.sort()).toEqual(['a', 'b']);
  });
});
