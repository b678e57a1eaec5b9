import type { Table } from '../../../src/clova/index.ts';

/**
 * One line per cell, in the table's own order: "row,col rowSpanxcolSpan text", where text is the
 * cell's lines joined by " / " and each line's words by " ". Compact enough to assert exactly.
 */
export function describeCells(table: Table): string[] {
  return table.cells.map((c) => {
    const text = c.cellTextLines.map((l) => l.cellWords.map((w) => w.inferText).join(' ')).join(' / ');
    return `${c.rowIndex},${c.columnIndex} ${c.rowSpan}x${c.columnSpan} ${text}`.trimEnd();
  });
}
