/**
 * Charts are drawn by Observable Plot: a grammar of statistical graphics (bars with interval
 * rules, reference lines, facets, colour legends) in a few lines each, rendering plain SVG that
 * prints sharp and needs no canvas. Vega-Lite is several times larger and evaluates expressions
 * (the relay's CSP forbids eval); uPlot draws fast time series on a canvas, not statistical marks.
 * Plot is imported only here, dynamically, so it sits in the report's chunk and never in the
 * viewer's first load.
 */
import type * as PlotApi from '@observablehq/plot';

export type PlotModule = typeof PlotApi;

let loading: Promise<PlotModule> | null = null;

export function loadPlot(): Promise<PlotModule> {
  loading ??= import('@observablehq/plot');
  return loading;
}

/** Every chart's class: report.css gives it the styles Plot would put in a `<style>` element. */
export const PLOT_CLASS = 'rplot';

/**
 * Plot adds a `<style>` element to each chart and legend; the relay's CSP (`style-src 'self'`)
 * refuses inline style elements, so they go before the chart joins the page (report.css holds
 * the same rules for PLOT_CLASS).
 */
export function withoutInlineStyles<T extends Element>(chart: T): T {
  for (const s of Array.from(chart.querySelectorAll('style'))) s.remove();
  return chart;
}
