import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../model/index.ts';
import { csvTable, exportBase } from './exportTargets.ts';

const kbo = buildDocument(
  JSON.parse(
    readFileSync(new URL('../../../test/fixtures/clova/table-kbo.v2.json', import.meta.url), 'utf8'),
  ),
);

describe('csvTable', () => {
  it('takes the table of a selected cell', () => {
    const cell = kbo.cells[3];
    expect(csvTable(kbo, { kind: 'cell', id: cell.id }, 0)).toBe(cell.tableId);
  });

  it('falls back to the only table when nothing is selected', () => {
    expect(kbo.tables.length).toBe(1);
    expect(csvTable(kbo, null, 0)).toBe(0);
    expect(csvTable(kbo, { kind: 'word', id: 0 }, 0)).toBe(0);
  });
});

describe('exportBase', () => {
  it('drops the extension and unsafe characters', () => {
    expect(exportBase('scan 1.final.pdf')).toBe('scan 1.final');
    expect(exportBase('a:b.png')).toBe('a_b');
    expect(exportBase(null)).toBe('ocr');
  });
});
