import { useMemo, useRef } from 'react';
import { confidenceHistogram } from '../../../model/document/stats.ts';
import { usePanelData } from '../../document/documentData.tsx';
import { useUi } from '../../ui/uiStore.ts';
import { fromFraction, legendGradient, moveThreshold, toFraction, LEGEND_MIN } from './legendScale.ts';

const BINS = 25;

/**
 * The confidence legend: the continuous colour scale, a histogram of the document's word
 * confidences above it, and the two thresholds as draggable handles and number fields.
 */
export function Legend() {
  const t = useUi((s) => s.thresholds);
  const setThresholds = useUi((s) => s.setThresholds);
  const { doc } = usePanelData();
  const bar = useRef<HTMLDivElement>(null);

  // Histogram over the legend's range only, so bars line up with the gradient.
  const hist = useMemo(() => {
    if (!doc || doc.words.length === 0) return null;
    const scaled = doc.words.map((w) => ({ ...w, confidence: toFraction(w.confidence) }));
    const h = confidenceHistogram(scaled, BINS);
    const max = Math.max(1, ...h);
    return h.map((n) => n / max);
  }, [doc]);

  const drag = (which: 'low' | 'high') => (e: React.PointerEvent) => {
    const el = bar.current;
    if (!el) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent) => {
      const r = el.getBoundingClientRect();
      setThresholds(
        moveThreshold(useUi.getState().thresholds, which, fromFraction((ev.clientX - r.left) / r.width)),
      );
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };

  const num = (which: 'low' | 'high') => (
    <label
      className="thr"
      title={which === 'low' ? 'Below this: suspect (red)' : 'From this up: trusted (green)'}
    >
      <input
        type="number"
        className="num"
        min={0}
        max={100}
        step={1}
        aria-label={`${which} threshold (%)`}
        data-testid={`threshold-${which}`}
        value={Math.round(t[which] * 1000) / 10}
        onChange={(e) => {
          const v = Number(e.target.value);
          if (Number.isFinite(v)) setThresholds(moveThreshold(t, which, v / 100));
        }}
      />
      <span>%</span>
    </label>
  );

  return (
    <div className="legend" data-testid="legend">
      {num('low')}
      <div className="legend-scale">
        <div className="legend-hist" aria-hidden="true">
          {hist?.map((h, i) => (
            <span key={i} style={{ height: `${Math.max(h > 0 ? 8 : 0, h * 100)}%` }} />
          ))}
        </div>
        <div ref={bar} className="legend-bar" style={{ background: legendGradient(t) }}>
          {(['low', 'high'] as const).map((w) => (
            <span
              key={w}
              className="legend-handle"
              role="slider"
              aria-label={`${w} threshold`}
              aria-valuemin={LEGEND_MIN}
              aria-valuemax={1}
              aria-valuenow={t[w]}
              tabIndex={0}
              style={{ left: `${toFraction(t[w]) * 100}%` }}
              onPointerDown={drag(w)}
              onKeyDown={(e) => {
                const step =
                  e.key === 'ArrowRight' || e.key === 'ArrowUp'
                    ? 0.01
                    : e.key === 'ArrowLeft' || e.key === 'ArrowDown'
                      ? -0.01
                      : 0;
                if (step) {
                  e.preventDefault();
                  e.stopPropagation();
                  setThresholds(moveThreshold(t, w, t[w] + step));
                }
              }}
            />
          ))}
        </div>
        <div className="legend-ticks" aria-hidden="true">
          <span>{LEGEND_MIN * 100}%</span>
          <span>100%</span>
        </div>
      </div>
      {num('high')}
    </div>
  );
}
