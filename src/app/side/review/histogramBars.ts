/** One bar of a confidence histogram as drawn: its range and word count. */
export interface Bar {
  from: number;
  to: number;
  count: number;
}

/**
 * Bars of a 0..1 histogram for display: OCR confidences crowd the top, so every bin below
 * `floor` folds into one leading bar and the rest keep their width.
 */
export function histogramBars(bins: readonly number[], floor = 0.5): Bar[] {
  const n = bins.length;
  if (n === 0) return [];
  const cut = Math.min(n, Math.max(0, Math.floor(floor * n)));
  const bars: Bar[] = [];
  if (cut > 0) bars.push({ from: 0, to: cut / n, count: bins.slice(0, cut).reduce((a, b) => a + b, 0) });
  for (let i = cut; i < n; i++) bars.push({ from: i / n, to: (i + 1) / n, count: bins[i] });
  return bars;
}
