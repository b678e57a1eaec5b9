import { Image as KImage } from './konva.ts';
import { devicePerNatural } from '../../model/geometry/coords.ts';
import type { AxisScale, View } from '../../model/index.ts';
import type { DocSource, PageSize } from '../loaders/source.ts';
import { RASTER_PIXEL_CAP, visibleRegion } from './rasterScale.ts';
import { useDetailRaster } from '../pages/useRaster.ts';

interface Props {
  source: DocSource;
  pageIndex: number;
  natural: PageSize;
  worldPerNatural: AxisScale;
  view: View;
  viewport: { width: number; height: number };
  /** The scale the whole-page raster is rendered at (capped). */
  baseScale: number;
}

/**
 * Past the whole-page pixel cap, the visible part of a PDF page is rendered again at full
 * sharpness and laid over the (blurrier) page raster, in world space like everything else. The
 * render queue renders it once pan and zoom pause.
 */
export function DetailTile({
  source,
  pageIndex,
  natural,
  worldPerNatural,
  view,
  viewport,
  baseScale,
}: Props) {
  const wanted = devicePerNatural(view, worldPerNatural, devicePixelRatio || 1);
  const needed = !!source.renderRegion && wanted > baseScale * 1.05;
  const b = needed ? visibleRegion(view, viewport, natural, worldPerNatural) : null;
  const region = b ? { x: b.minX, y: b.minY, width: b.maxX - b.minX, height: b.maxY - b.minY } : null;
  // The tile is about the viewport's size; the cap only guards against absurd windows.
  const ask = region
    ? {
        scale: Math.min(wanted, Math.sqrt(RASTER_PIXEL_CAP / Math.max(1, region.width * region.height))),
        region,
      }
    : null;
  const tile = useDetailRaster(source, pageIndex, ask);

  if (!needed || !tile?.region) return null;
  const r = tile.region;
  return (
    <KImage
      image={tile.image}
      x={r.x * worldPerNatural.sx}
      y={r.y * worldPerNatural.sy}
      width={r.width * worldPerNatural.sx}
      height={r.height * worldPerNatural.sy}
      listening={false}
      perfectDrawEnabled={false}
    />
  );
}
