import type { PlotModule } from './plot.ts';
import { PLOT_CLASS } from './plot.ts';
import type { SetReport, SweepPoint } from '../schema.ts';
import { keyLabel } from '../../projects/runKey.ts';

/** The report's charts, one function each: data in, a Plot chart out. */

/** A share as an axis tick: "20%", and "0.4%" where the axis spans only a few points. */
export const pctTick = (d: number) => `${Number((d * 100).toFixed(2))}%`;

const PALETTE = ['#4c8dff', '#f59e0b', '#22c55e', '#e879f9', '#f43f5e', '#22d3ee', '#a3a3a3', '#84cc16'];

/** One colour per option set, the same in every chart: by the set's place in the report's order. */
export const setColors = (order: readonly string[]) => ({
  domain: order.map(keyLabel),
  range: order.map((_, i) => PALETTE[i % PALETTE.length]),
});
const base = (width: number) => ({ className: PLOT_CLASS, width, style: { background: 'transparent' } });

/** CER of each set as a bar with its 95% interval as a black rule, best first. */
export function setsChart(
  Plot: PlotModule,
  sets: readonly SetReport[],
  order: readonly string[],
  width: number,
): Element {
  const data = sets
    .filter((s) => s.cer !== null)
    .map((s) => ({
      set: keyLabel(s.key),
      cer: s.cer!,
      lo: s.cerCi95?.[0] ?? s.cer!,
      hi: s.cerCi95?.[1] ?? s.cer!,
    }));
  return Plot.plot({
    ...base(width),
    height: 60 + 36 * data.length,
    marginLeft: 200,
    marginRight: 60,
    x: { label: 'Character error rate (lower is better) →', tickFormat: pctTick, grid: true, nice: true },
    y: { label: null, domain: data.map((d) => d.set) },
    color: setColors(order),
    marks: [
      Plot.barX(data, { y: 'set', x: 'cer', fill: 'set', fillOpacity: 0.7 }),
      Plot.ruleY(data, { y: 'set', x1: 'lo', x2: 'hi', stroke: 'currentColor', strokeWidth: 2 }),
      Plot.tickX(data, { y: 'set', x: 'lo', stroke: 'currentColor' }),
      Plot.tickX(data, { y: 'set', x: 'hi', stroke: 'currentColor' }),
      Plot.text(data, {
        y: 'set',
        x: 'hi',
        text: (d: { cer: number }) => `${(d.cer * 100).toFixed(2)}%`,
        dx: 8,
        textAnchor: 'start',
      }),
      Plot.ruleX([0]),
    ],
  });
}

/** Reliability diagram: mean confidence of each bin against the share of its words right. */
export function reliabilityChart(
  Plot: PlotModule,
  sets: readonly SetReport[],
  order: readonly string[],
  width: number,
): Element {
  const points = sets.flatMap((s) =>
    s.calibration.bins
      .filter((b) => b.count > 0 && b.meanConfidence !== null && b.accuracy !== null)
      .map((b) => ({
        set: keyLabel(s.key),
        confidence: b.meanConfidence!,
        accuracy: b.accuracy!,
        words: b.count,
      })),
  );
  return Plot.plot({
    ...base(width),
    height: 320,
    x: { label: 'Mean confidence of the bin →', domain: [0, 1], tickFormat: pctTick, grid: true },
    y: { label: '↑ Share of its words right', domain: [0, 1], tickFormat: pctTick, grid: true },
    color: { legend: true, ...setColors(order) },
    r: { range: [2, 9] },
    marks: [
      Plot.line(
        [
          [0, 0],
          [1, 1],
        ],
        { stroke: '#999', strokeDasharray: '4,3' },
      ),
      Plot.text([[0.72, 0.8]], { text: () => 'perfectly calibrated', fill: '#777', rotate: -38 }),
      Plot.line(points, { x: 'confidence', y: 'accuracy', stroke: 'set' }),
      Plot.dot(points, { x: 'confidence', y: 'accuracy', r: 'words', fill: 'set' }),
    ],
  });
}

/** Threshold sweep of one set: words to read and wrong words caught, the proposed threshold marked. */
export function sweepChart(
  Plot: PlotModule,
  sweep: readonly SweepPoint[],
  proposed: SweepPoint | null,
  catchShare: number,
  width: number,
): Element {
  const rows = sweep.flatMap((p) => [
    { threshold: p.threshold, share: p.reviewShare, what: 'words a person must read' },
    ...(p.errorCatch === null
      ? []
      : [{ threshold: p.threshold, share: p.errorCatch, what: 'wrong words caught' }]),
  ]);
  return Plot.plot({
    ...base(width),
    height: 300,
    x: { label: 'Threshold: words below it are flagged for review →', domain: [0, 1], grid: true },
    y: { label: '↑ Share', domain: [0, 1], tickFormat: pctTick, grid: true },
    color: {
      legend: true,
      domain: ['words a person must read', 'wrong words caught'],
      range: ['#a78bfa', '#22c55e'],
    },
    marks: [
      Plot.ruleY([catchShare], { stroke: '#22c55e', strokeDasharray: '3,3', strokeOpacity: 0.6 }),
      Plot.line(rows, { x: 'threshold', y: 'share', stroke: 'what', strokeWidth: 2 }),
      ...(proposed
        ? [
            Plot.ruleX([proposed.threshold], { stroke: '#c0392b', strokeWidth: 1.5 }),
            // Halfway up and left of the rule, where the review line (it rises after the
            // threshold) is not: right of it only when the rule is too near the left edge.
            Plot.text([proposed], {
              x: 'threshold',
              y: 0.5,
              text: (p: SweepPoint) => `proposed ${p.threshold.toFixed(2)}`,
              dx: proposed.threshold > 0.25 ? -6 : 6,
              textAnchor: proposed.threshold > 0.25 ? 'end' : 'start',
              fill: '#c0392b',
            }),
          ]
        : []),
    ],
  });
}

/** Confidence distribution of each set's words (needs no ground truth), one row per set. */
export function confidenceChart(
  Plot: PlotModule,
  sets: readonly SetReport[],
  order: readonly string[],
  width: number,
): Element {
  const rows = sets.flatMap((s) => {
    const h = s.noGroundTruth.histogram;
    const total = h.reduce((n, c) => n + c, 0) || 1;
    return h.map((c, i) => ({
      set: keyLabel(s.key),
      lo: i / h.length,
      hi: (i + 1) / h.length,
      share: c / total,
    }));
  });
  return Plot.plot({
    ...base(width),
    height: 40 + 110 * Math.max(1, sets.length),
    marginRight: 200,
    x: { label: 'Word confidence →', domain: [0, 1] },
    y: { label: '↑ Share of words', tickFormat: pctTick, grid: true },
    // Rows in the report's order of sets, not alphabetical.
    fy: { label: null, domain: order.filter((k) => sets.some((s) => s.key === k)).map(keyLabel) },
    color: setColors(order),
    marks: [
      Plot.rectY(rows, {
        x1: 'lo',
        x2: 'hi',
        y: 'share',
        fy: 'set',
        fill: 'set',
        fillOpacity: 0.7,
        inset: 1,
      }),
      Plot.ruleY([0]),
    ],
  });
}
