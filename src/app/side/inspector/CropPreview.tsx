import { useEffect, useRef } from 'react';
import { worldToNatural } from '../../../model/geometry/coords.ts';
import type { Point } from '../../../model/index.ts';
import type { DocSource, Raster } from '../../loaders/source.ts';
import { cropRegion } from '../../../model/geometry/cropRegion.ts';
import { LAYER_COLOURS } from '../../canvas/overlayStyle.ts';
import './cropPreview.css';

const BOX = { width: 340, height: 110 };
/** PDF pages are rendered once at this scale for previews (sharp enough for a word, cheap enough to cache). */
const PREVIEW_SCALE = 2;
const cache = new WeakMap<DocSource, Map<number, Promise<Raster>>>();

function previewRaster(source: DocSource, pageIndex: number): Promise<Raster> {
  let pages = cache.get(source);
  if (!pages) cache.set(source, (pages = new Map()));
  let r = pages.get(pageIndex);
  if (!r) {
    r = source.render(pageIndex, source.scalable ? PREVIEW_SCALE : 1);
    pages.set(pageIndex, r);
  }
  return r;
}

/** What the page shows under the selected box, with the box drawn on it: compare image and OCR text at a glance. */
export function CropPreview({
  source,
  pageIndex,
  page,
  poly,
}: {
  source: DocSource | null;
  pageIndex: number;
  page: { width: number; height: number };
  poly: Point[];
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const hasRaster = !!source && pageIndex < (source?.pages.length ?? 0);

  useEffect(() => {
    if (!source || !hasRaster) return;
    let live = true;
    previewRaster(source, pageIndex).then(
      (img) => {
        const c = canvas.current;
        const r = cropRegion(poly, page, img, BOX);
        if (!live || !c || !r) return;
        const dpr = window.devicePixelRatio || 1;
        c.width = r.width * dpr;
        c.height = r.height * dpr;
        c.style.width = `${r.width}px`;
        c.style.height = `${r.height}px`;
        const ctx = c.getContext('2d');
        if (!ctx) return;
        ctx.scale(dpr, dpr);
        ctx.drawImage(img, r.sx, r.sy, r.sw, r.sh, 0, 0, r.width, r.height);
        const k = r.width / r.sw;
        ctx.beginPath();
        poly.forEach((p, i) => {
          const n = worldToNatural(p, r.worldPerNatural);
          const x = (n.x - r.sx) * k;
          const y = (n.y - r.sy) * k;
          if (i === 0) ctx.moveTo(x, y);
          else ctx.lineTo(x, y);
        });
        ctx.closePath();
        ctx.strokeStyle = LAYER_COLOURS.selected;
        ctx.lineWidth = 1.5;
        ctx.stroke();
      },
      () => {},
    );
    return () => {
      live = false;
    };
  }, [source, hasRaster, pageIndex, page, poly]);

  if (!hasRaster) return null;
  return (
    <div className="crop" data-testid="crop-preview">
      <canvas ref={canvas} />
    </div>
  );
}
