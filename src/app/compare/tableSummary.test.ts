import { describe, expect, it } from 'vitest';
import { tableSummary } from './tableSummary.ts';
import type { TableDiff } from '../../model/index.ts';

const diff = (a: [number, number], b: [number, number], changes: number): TableDiff => ({
  pageIndex: 0,
  a: { tables: a[0], cells: a[1] },
  b: { tables: b[0], cells: b[1] },
  cellTextChanges: changes,
  changedCells: [],
});

describe('tableSummary', () => {
  it('says nothing when no run has tables', () => {
    expect(tableSummary([])).toBeNull();
  });
  it('sums pages and says when both runs agree on the grid', () => {
    expect(tableSummary([diff([1, 20], [1, 20], 0)])).toBe('1 table, 20 cells in both; no cell text differs');
    expect(tableSummary([diff([1, 20], [1, 20], 1), diff([1, 4], [1, 4], 2)])).toBe(
      '2 tables, 24 cells in both; 3 cell texts differ',
    );
  });
  it('gives both sides when they differ (tables off in one run)', () => {
    expect(tableSummary([diff([1, 20], [0, 0], 15)])).toBe(
      'A 1 table / 20 cells, B 0 tables / 0 cells; 15 cell texts differ',
    );
    expect(tableSummary([diff([1, 2], [1, 2], 1)])).toBe('1 table, 2 cells in both; 1 cell text differs');
  });
});
