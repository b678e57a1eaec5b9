import { useEffect, useMemo, useRef, useState } from 'react';
import { Image as KImage, Rect } from './konva.ts';
import { rasterToWorld } from '../../model/index.ts';
import type { DocSource, Raster } from '../loaders/source.ts';
import type { DisplayPage } from '../../model/document/displayPages.ts';
import { startsRender, wantedRasterScale } from './rasterScale.ts';
import { DetailTile } from './DetailTile.tsx';
import type { View } from '../../model/index.ts';

export interface PageRasterProps {
  source: DocSource | null;
  page: DisplayPage;
  view: View;
  viewport: { width: number; height: number };
}

const RERENDER_DEBOUNCE_MS = 180;

/** Which page of which document a raster (shown or being rendered) is, and at what scale. */
interface RasterFor {
  source: DocSource;
  pageIndex: number;
  scale: number;
}

const isFor = (r: RasterFor, source: DocSource | null, pageIndex: number) =>
  r.source === source && r.pageIndex === pageIndex;

/**
 * The page paper and its raster, drawn into world (response) space. PDF pages re-render at
 * zoom × devicePixelRatio (debounced, pixel-capped) so text stays sharp at every zoom; the
 * previous raster stays on screen, stretched, until the sharper one is ready.
 */
export function PageRaster({ source, page, view, viewport }: PageRasterProps) {
  const viewScale = view.scale;
  const [raster, setRaster] = useState<(RasterFor & { image: Raster }) | null>(null);
  const natural = page.raster;
  // By the source object, not its name: a file reopened under the same name is another document.
  const current = raster && isFor(raster, source, page.index) ? raster : null;
  const worldPerNatural = useMemo(
    () => (natural ? rasterToWorld(page, natural) : { sx: 1, sy: 1 }),
    [natural, page],
  );
  const { sx, sy } = worldPerNatural;
  const wanted = natural
    ? source?.scalable
      ? wantedRasterScale(natural, viewScale, sx, devicePixelRatio || 1)
      : 1
    : 0;
  /** The render in flight (compared by identity when it lands). */
  const busy = useRef<RasterFor | null>(null);

  useEffect(() => {
    if (!source || !natural) return;
    // Before the first raster lands, a render in flight for this page may do; once it lands, this
    // asks for a sharper one if the zoom has moved on.
    const b = busy.current;
    const inFlight = b && isFor(b, source, page.index) ? b.scale : null;
    if (!startsRender(current?.scale ?? null, inFlight, wanted)) return;
    const delay = current ? RERENDER_DEBOUNCE_MS : 0;
    const timer = setTimeout(() => {
      const ticket: RasterFor = { source, pageIndex: page.index, scale: wanted };
      busy.current = ticket;
      source.render(page.index, wanted).then(
        (image) => {
          if (busy.current !== ticket) return;
          busy.current = null;
          setRaster({ ...ticket, image });
        },
        () => {
          // A page that fails to render stays blank paper; the overlay still shows. A later zoom
          // may try again.
          if (busy.current === ticket) busy.current = null;
        },
      );
    }, delay);
    return () => clearTimeout(timer);
  }, [source, natural, wanted, current, page.index]);

  return (
    <>
      <Rect
        x={0}
        y={0}
        width={page.width}
        height={page.height}
        fill="#ffffff"
        listening={false}
        perfectDrawEnabled={false}
      />
      {current && (
        <KImage
          image={current.image}
          x={0}
          y={0}
          width={(natural?.width ?? 0) * sx}
          height={(natural?.height ?? 0) * sy}
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
      {current && source && natural && source.scalable && (
        <DetailTile
          source={source}
          pageIndex={page.index}
          natural={natural}
          scale={worldPerNatural}
          view={view}
          viewport={viewport}
          baseScale={current.scale}
        />
      )}
    </>
  );
}
