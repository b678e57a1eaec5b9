import { useEffect, useRef, useState } from 'react';
import { boxInCrop, cropRegion, drawSize } from './crop.ts';
import { pageSource, responsePageWidth } from './pageSources.ts';
import type { AuditItem } from './auditSchema.ts';

/** The word as it stands on the page: its box cut from the page raster, drawn readable. */
export function WordCrop({ item }: { item: AuditItem }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'loading' | 'shown' | 'none'>('loading');

  useEffect(() => {
    let live = true;
    setState('loading');
    (async () => {
      const src = await pageSource(item.documentId);
      const size = src.pages[item.page];
      if (!size || !item.box) return false;
      // The box is in the engine's page pixels; a PDF's raster is at another resolution.
      const engineWidth = src.format === 'pdf' ? await responsePageWidth(item.runId, item.page) : null;
      const natural = engineWidth ? size.width / engineWidth : 1;
      const wordHeight = Math.max(1, item.box.maxY - item.box.minY);
      const scale = src.scalable ? Math.min(4, Math.max(1, 48 / (wordHeight * natural))) : 1;
      const raster = await src.render(item.page, scale);
      // The words beside it too (a word is read in context), the audited one outlined.
      const at = { box: item.box, ratio: natural * scale };
      const region = cropRegion({ ...at, raster, sides: 2 });
      const el = canvas.current;
      if (!live || !region || !el) return false;
      const d = drawSize(region);
      el.width = d.width;
      el.height = d.height;
      const ctx = el.getContext('2d');
      if (ctx) {
        ctx.drawImage(raster, region.x, region.y, region.width, region.height, 0, 0, d.width, d.height);
        const b = boxInCrop(at, region, d);
        ctx.strokeStyle = 'rgba(37, 99, 235, 0.9)';
        ctx.lineWidth = 2;
        ctx.strokeRect(b.x - 3, b.y - 3, b.width + 6, b.height + 6);
      }
      return true;
    })()
      .then((ok) => live && setState(ok ? 'shown' : 'none'))
      .catch(() => live && setState('none'));
    return () => {
      live = false;
    };
  }, [item]);

  return (
    <div className="audit-crop" data-testid="audit-crop" data-state={state}>
      <canvas ref={canvas} hidden={state !== 'shown'} />
      {state === 'loading' && <span className="muted">Loading the page…</span>}
      {state === 'none' && (
        <span className="muted">No image of this word (its page could not be shown).</span>
      )}
    </div>
  );
}
