import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { listRuns, runId, runLabel, SAVED_RUN_ID } from './compareRuns.ts';
import type { RunOptions } from '../run/runOptions.ts';

const v2: RunOptions = {
  engine: 'tesseract',
  version: 'V2',
  lang: 'ko',
  enableTableDetection: false,
  range: null,
};
const v1: RunOptions = { ...v2, version: 'V1', enableTableDetection: true, range: [10, 19] };

describe('runLabel', () => {
  it('names engine, version, language, tables and range', () => {
    expect(runLabel(v2)).toBe('tesseract · V2 · ko');
    expect(runLabel(v1)).toBe('tesseract · V1 · ko · tables · pages 11–20');
    expect(runLabel({ ...v2, engine: '', lang: '' })).toBe('default engine · V2 · auto lang');
  });
});

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

describe('listRuns', () => {
  it("lists this document's finished runs, then the opened response", () => {
    const client = new QueryClient();
    client.setQueryData(['ocr', 'h1', v2], { response: { a: 1 }, pageOffset: 0, elapsedMs: 5 });
    client.setQueryData(['ocr', 'h1', v1], { response: { b: 2 }, pageOffset: 10, elapsedMs: 5 });
    client.setQueryData(['ocr', 'other', v2], { response: { c: 3 }, pageOffset: 0, elapsedMs: 5 });
    const runs = listRuns(client, 'h1', { name: 'r.json', json: { d: 4 } });
    expect(runs.map((r) => [r.label, r.raw, r.pageOffset])).toEqual([
      ['tesseract · V2 · ko', { a: 1 }, 0],
      ['tesseract · V1 · ko · tables · pages 11–20', { b: 2 }, 10],
      ['r.json (opened)', { d: 4 }, 0],
    ]);
    expect(runs[2].id).toBe(SAVED_RUN_ID);
    expect(new Set(runs.map((r) => r.id)).size).toBe(3);
  });

  it('skips runs without data and lists nothing without a document or response', () => {
    const client = new QueryClient();
    client.getQueryCache().build(client, { queryKey: ['ocr', 'h1', v2] });
    expect(listRuns(client, 'h1', null)).toEqual([]);
    expect(listRuns(client, null, null)).toEqual([]);
  });
});
