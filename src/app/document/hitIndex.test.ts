import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument, centroid } from '../../model/index.ts';
import { HitIndex } from './hitIndex.ts';

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../test/fixtures/clova', name), 'utf8'),
  ) as unknown;
const all = { words: true, lines: true, paragraphs: true, tables: true };

describe('HitIndex', () => {
  const doc = buildDocument(fixture('table-kbo.v2.json'));
  const hits = new HitIndex(doc);

  it('finds the word under its centroid first', () => {
    const w = doc.words[10];
    expect(hits.hit(0, centroid(w.poly), all)).toEqual({ kind: 'word', id: 10 });
  });
  it('falls through to the cell when words are hidden, then to the table', () => {
    const cell = doc.cells.find((c) => c.text.length > 0)!;
    const p = centroid(cell.poly);
    expect(hits.hit(0, p, { ...all, words: false, lines: false, paragraphs: false })).toEqual({
      kind: 'cell',
      id: cell.id,
    });
  });
  it('misses outside every box and on pages without a result', () => {
    expect(hits.hit(0, { x: -500, y: -500 }, all)).toBeNull();
    expect(hits.hit(3, { x: 100, y: 100 }, all)).toBeNull();
  });
  it('ignores hidden layers entirely', () => {
    const w = doc.words[10];
    expect(
      hits.hit(0, centroid(w.poly), { words: false, lines: false, paragraphs: false, tables: false }),
    ).toBeNull();
  });
  it('with the doubtful filter on, hits only the words it draws and falls through beneath the rest', () => {
    const sure = doc.words.find((w) => w.confidence >= 0.9)!;
    const p = centroid(sure.poly);
    expect(hits.hit(0, p, all, 0.5)?.kind).not.toBe('word');
    expect(hits.hit(0, p, all, 0.5)).not.toBeNull();
    // Raising the threshold above the word's confidence shows it again, with the same index.
    expect(hits.hit(0, p, all, sure.confidence + 0.001)).toEqual({ kind: 'word', id: sure.id });
    expect(hits.hit(0, p, all, null)).toEqual({ kind: 'word', id: sure.id });
  });
});
