import { describe, expect, it } from 'vitest';
import { DEFAULT_QUERY, neighbour, runFor, statusCounts, statusOf, viewDocuments } from './listView.ts';
import type { StoredDocument, StoredRun } from './schemas.ts';

const K = 'tesseract|V2|en|false';
const J = 'tesseract|V2|ja|false';
const run = (key: string, status: StoredRun['status'], id = `${key}-${status}`): StoredRun => ({
  id,
  key,
  options: null,
  status,
  imported: false,
  failure: status === 'failed' ? { code: '0500', message: 'x' } : null,
});
const doc = (name: string, pages: number, runs: StoredRun[] = []): StoredDocument => ({
  id: name,
  name,
  sha256: name,
  format: 'png',
  pages,
  runs,
});

const docs = [
  doc('page10.png', 1, [run(K, 'done')]),
  doc('page2.png', 3, [run(K, 'failed'), run(J, 'done')]),
  doc('Invoice.pdf', 2, [run(K, 'running')]),
  doc('scan.tif', 2),
];

describe('the project list: filter, sort, status per option set', () => {
  it('sorts names naturally (page2 before page10) and case-insensitively', () => {
    expect(viewDocuments(docs, DEFAULT_QUERY, K).map((d) => d.name)).toEqual([
      'Invoice.pdf',
      'page2.png',
      'page10.png',
      'scan.tif',
    ]);
  });

  it('sorts by pages then name, descending when asked, without touching the input', () => {
    const before = docs.map((d) => d.id);
    const q = { ...DEFAULT_QUERY, sort: 'pages' as const, descending: true };
    expect(viewDocuments(docs, q, K).map((d) => d.name)).toEqual([
      'page2.png',
      'scan.tif',
      'Invoice.pdf',
      'page10.png',
    ]);
    expect(docs.map((d) => d.id)).toEqual(before);
  });

  it('puts failures first when sorting by status, for the option set shown', () => {
    const q = { ...DEFAULT_QUERY, sort: 'status' as const };
    expect(viewDocuments(docs, q, K).map((d) => d.name)).toEqual([
      'page2.png',
      'Invoice.pdf',
      'scan.tif',
      'page10.png',
    ]);
    // With the other set, page2 is done and the rest never ran with it.
    expect(viewDocuments(docs, q, J).map((d) => d.name)).toEqual([
      'Invoice.pdf',
      'page10.png',
      'scan.tif',
      'page2.png',
    ]);
  });

  it('filters by name and by status, "none" meaning never run with that set', () => {
    expect(viewDocuments(docs, { ...DEFAULT_QUERY, text: 'PAGE' }, K)).toHaveLength(2);
    expect(viewDocuments(docs, { ...DEFAULT_QUERY, status: 'none' }, K).map((d) => d.name)).toEqual([
      'scan.tif',
    ]);
    expect(viewDocuments(docs, { ...DEFAULT_QUERY, status: 'done' }, J).map((d) => d.name)).toEqual([
      'page2.png',
    ]);
    expect(statusCounts(docs, K)).toEqual({ all: 4, done: 1, failed: 1, running: 1, queued: 0, none: 1 });
  });

  it('picks the run of the set, or without a set the first done run', () => {
    expect(runFor(docs[1], J)?.status).toBe('done');
    expect(runFor(docs[1], null)?.key).toBe(J);
    expect(statusOf(docs[3], null)).toBe('none');
  });

  it('compares digit runs as numbers, leading zeros or not', () => {
    const names = ['b', 'a10', 'A9', 'a010x', 'a2'];
    const sorted = viewDocuments(
      names.map((n) => doc(n, 1)),
      DEFAULT_QUERY,
      null,
    ).map((d) => d.name);
    expect(sorted).toEqual(['a2', 'A9', 'a10', 'a010x', 'b']);
  });

  it('steps to the neighbour without wrapping; an unknown start begins at an end', () => {
    const ids = ['a', 'b', 'c'];
    expect(neighbour(ids, 'b', 1)).toBe('c');
    expect(neighbour(ids, 'b', -1)).toBe('a');
    expect(neighbour(ids, 'c', 1)).toBeNull();
    expect(neighbour(ids, 'a', -1)).toBeNull();
    expect(neighbour(ids, 'zz', 1)).toBe('a');
    expect(neighbour(ids, null, -1)).toBe('c');
    expect(neighbour([], 'a', 1)).toBeNull();
  });
});
