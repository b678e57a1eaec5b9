import { useEffect, useRef, useState } from 'react';
import { useElementSize } from '../../lib/useElementSize.ts';
import { loadPlot, withoutInlineStyles } from './plot.ts';
import type { PlotModule } from './plot.ts';

/**
 * One Plot chart: `draw` builds it from the Plot module (loaded on first use) and the width the
 * chart has; it is redrawn when `deps` change. A chart that cannot be drawn says so in place.
 */
export function Chart({
  draw,
  deps,
  label,
  testId,
}: {
  draw: (Plot: PlotModule, width: number) => Element;
  deps: readonly unknown[];
  label: string;
  testId: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  // Redrawn for a new width in steps of 40 px, not on every pixel of a window drag.
  const width = Math.max(320, Math.round(useElementSize(box).width / 40) * 40);
  const [error, setError] = useState<string | null>(null);
  const drawRef = useRef(draw);
  drawRef.current = draw;

  useEffect(() => {
    let live = true;
    const el = box.current;
    if (!el) return;
    loadPlot()
      .then((Plot) => {
        if (!live) return;
        const chart = withoutInlineStyles(drawRef.current(Plot, width));
        el.replaceChildren(chart);
        setError(null);
      })
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [width, ...deps]);

  return (
    <div className="report-chart" role="img" aria-label={label} data-testid={testId}>
      <div ref={box} />
      {error && <p className="form-error">The chart could not be drawn: {error}</p>}
    </div>
  );
}
