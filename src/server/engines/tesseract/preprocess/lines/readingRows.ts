import type { Quad } from './geometry.ts';

/**
 * Groups text boxes into visual rows and orders them for reading: rows top to bottom, boxes
 * left to right. A box joins the current row when it overlaps the row's first box vertically by
 * more than half of the smaller height (a detector often splits one receipt line into several
 * boxes: name, price, quantity). Returns box indices, one array per row.
 */
export function readingRows(quads: readonly Quad[]): number[][] {
  const items = quads.map((q, index) => {
    const ys = q.map((p) => p[1]);
    const xs = q.map((p) => p[0]);
    return { index, top: Math.min(...ys), bottom: Math.max(...ys), left: Math.min(...xs) };
  });
  items.sort((a, b) => a.top + a.bottom - (b.top + b.bottom));
  const rows: (typeof items)[] = [];
  for (const item of items) {
    const row = rows[rows.length - 1];
    if (row) {
      const first = row[0];
      const overlap = Math.min(first.bottom, item.bottom) - Math.max(first.top, item.top);
      if (overlap > 0.5 * Math.min(first.bottom - first.top, item.bottom - item.top)) {
        row.push(item);
        continue;
      }
    }
    rows.push([item]);
  }
  return rows.map((row) => row.sort((a, b) => a.left - b.left).map((item) => item.index));
}
