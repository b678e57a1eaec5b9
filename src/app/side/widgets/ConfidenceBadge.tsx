import { confidenceColor } from '../../../model/confidence.ts';
import { useUi } from '../../ui/uiStore.ts';
import { formatPercent } from '../../lib/format.ts';
import './confidenceBadge.css';

/** A confidence as a coloured pill, on the same scale as the overlay. */
export function ConfidenceBadge({ value, bar = false }: { value: number; bar?: boolean }) {
  const t = useUi((s) => s.thresholds);
  const colour = confidenceColor(value, t);
  return (
    <span className="conf" style={{ ['--conf' as string]: colour }}>
      {bar && (
        <span className="conf-bar">
          <span style={{ width: `${Math.max(0, Math.min(1, value)) * 100}%` }} />
        </span>
      )}
      <span className="conf-dot" />
      {formatPercent(value)}
    </span>
  );
}
