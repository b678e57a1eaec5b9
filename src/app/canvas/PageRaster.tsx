import { useMemo } from 'react';
import { Image as KImage, Rect } from './konva.ts';
import { rasterToWorld } from '../../model/geometry/coords.ts';
import type { DocSource } from '../loaders/source.ts';
import type { DisplayPage } from '../../model/document/displayPages.ts';
import { wantedRasterScale } from './rasterScale.ts';
import { usePageRaster } from '../pages/useRaster.ts';
import { DetailTile } from './DetailTile.tsx';
import { usePaper } from './paperStore.ts';
import type { View } from '../../model/index.ts';

export interface PageRasterProps {
  source: DocSource | null;
  page: DisplayPage;
  view: View;
  viewport: { width: number; height: number };
}

/**
 * The page paper and its raster, drawn into world (response) space. PDF pages re-render at
 * zoom × devicePixelRatio (pixel-capped) so text stays sharp at every zoom; the previous raster
 * stays on screen, stretched, until the sharper one is ready. When to render (first render once,
 * re-renders debounced) is the render queue's call (pages/renderQueue.ts).
 */
export function PageRaster({ source, page, view, viewport }: PageRasterProps) {
  const viewScale = view.scale;
  const natural = page.raster;
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
  // Only a raster of this source object and page: a file reopened under the same name is another document.
  const current = usePageRaster(natural ? source : null, page.index, wanted);
  // Hidden, not unmounted: showing it again is instant, with no new render of the page.
  const hidden = usePaper((s) => s.rasterHidden);

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
          visible={!hidden}
          listening={false}
          perfectDrawEnabled={false}
        />
      )}
      {current && source && natural && source.scalable && !hidden && (
        <DetailTile
          source={source}
          pageIndex={page.index}
          natural={natural}
          worldPerNatural={worldPerNatural}
          view={view}
          viewport={viewport}
          baseScale={current.scale}
        />
      )}
    </>
  );
}
