import { confidenceColor } from '../../../model/confidence.ts';
import type { Thresholds } from '../../../model/index.ts';
import { histogramBars } from './histogramBars.ts';

const pct = (v: number) => `${Math.round(v * 100)}%`;

/** A small confidence histogram: bars coloured like the overlay, a line at the doubt threshold. */
export function Histogram({
  bins,
  title,
  thresholds,
  doubtBelow,
  testId,
}: {
  bins: number[];
  title: string;
  thresholds: Thresholds;
  doubtBelow: number;
  testId: string;
}) {
  const bars = histogramBars(bins);
  const total = bars.reduce((s, b) => s + b.count, 0);
  const max = Math.max(1, ...bars.map((b) => b.count));
  const w = 100 / Math.max(1, bars.length);
  // The threshold line sits where it falls among the bars (the first bar covers 0..50%).
  const at = bars.findIndex((b) => doubtBelow < b.to);
  const line = at < 0 ? 100 : (at + (doubtBelow - bars[at].from) / (bars[at].to - bars[at].from)) * w;
  const label = `${title}: ${total} words. ${bars
    .filter((b) => b.count > 0)
    .map((b) => `${b.count} from ${pct(b.from)} to ${pct(b.to)}`)
    .join(', ')}`;
  return (
    <figure className="histo" data-testid={testId} data-total={total}>
      <figcaption>
        {title} <span className="muted">{total} words</span>
      </figcaption>
      <svg viewBox="0 0 100 40" preserveAspectRatio="none" role="img" aria-label={label}>
        {bars.map((b, i) => {
          // Square-root heights: a handful of doubtful words stays visible next to hundreds of sure ones.
          const h = b.count === 0 ? 0 : Math.max(3, Math.sqrt(b.count / max) * 38);
          return (
            <rect
              key={i}
              x={i * w + 0.4}
              y={40 - h}
              width={w - 0.8}
              height={h}
              fill={confidenceColor((b.from + b.to) / 2, thresholds)}
            >
              <title>{`${pct(b.from)}–${pct(b.to)}: ${b.count}`}</title>
            </rect>
          );
        })}
        <line x1={line} x2={line} y1={0} y2={40} className="histo-threshold" />
      </svg>
      <div className="histo-axis" aria-hidden="true">
        <span>&lt;50%</span>
        <span>75%</span>
        <span>100%</span>
      </div>
    </figure>
  );
}
