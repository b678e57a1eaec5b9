import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../index.ts';
import { targetInfo } from './targetInfo.ts';

const doc = buildDocument(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../test/fixtures/clova/table-kbo.v2.json'), 'utf8'),
  ),
);

describe('targetInfo', () => {
  it('gives the text, confidence and polygon of each kind', () => {
    const w = doc.words[0];
    expect(targetInfo(doc, { kind: 'word', id: 0 })).toEqual({
      pageIndex: 0,
      poly: w.poly,
      text: w.text,
      confidence: w.confidence,
    });
    expect(targetInfo(doc, { kind: 'line', id: 0 })?.text).toBe(doc.lines[0].text);
    expect(targetInfo(doc, { kind: 'paragraph', id: 0 })?.confidence).toBeNull();
    expect(targetInfo(doc, { kind: 'cell', id: 3 })?.poly).toBe(doc.cells[3].poly);
    expect(targetInfo(doc, { kind: 'table', id: 0 })?.text).toBe('6×3 table');
  });
  it('is null for an id that does not exist (a stale selection after a new response)', () => {
    expect(targetInfo(doc, { kind: 'word', id: 99999 })).toBeNull();
    expect(targetInfo(doc, { kind: 'cell', id: -1 })).toBeNull();
  });
});
