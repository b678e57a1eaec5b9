import { useEffect, useState } from 'react';
import { Image as KImage } from './konva.ts';
import { devicePerNatural, naturalBoundsToWorld } from '../../model/index.ts';
import type { AxisScale, Bounds, View } from '../../model/index.ts';
import type { DocSource, PageSize, Raster } from '../loaders/source.ts';
import { RASTER_PIXEL_CAP, visibleRegion } from './rasterScale.ts';

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

const DEBOUNCE_MS = 200;

/**
 * Past the whole-page pixel cap, the visible part of a PDF page is rendered again at full
 * sharpness and laid over the (blurrier) page raster, in world space like everything else.
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
  const [tile, setTile] = useState<{ key: string; image: Raster; region: Bounds } | null>(null);
  const wanted = devicePerNatural(view, worldPerNatural, devicePixelRatio || 1);
  const needed = !!source.renderRegion && wanted > baseScale * 1.05;
  const key = `${source.name}:${pageIndex}`;

  useEffect(() => {
    if (!needed || !source.renderRegion) return;
    const timer = setTimeout(() => {
      const region = visibleRegion(view, viewport, natural, worldPerNatural);
      if (!region) return;
      const width = region.maxX - region.minX;
      const height = region.maxY - region.minY;
      // The tile is about the viewport's size; the cap only guards against absurd windows.
      const s = Math.min(wanted, Math.sqrt(RASTER_PIXEL_CAP / Math.max(1, width * height)));
      source.renderRegion!(pageIndex, s, { x: region.minX, y: region.minY, width, height }).then(
        (image) => setTile({ key, image, region }),
        () => {},
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [needed, source, pageIndex, natural, worldPerNatural, view, viewport, wanted, key]);

  if (!needed || !tile || tile.key !== key) return null;
  const r = naturalBoundsToWorld(tile.region, worldPerNatural);
  return (
    <KImage
      image={tile.image}
      x={r.minX}
      y={r.minY}
      width={r.maxX - r.minX}
      height={r.maxY - r.minY}
      listening={false}
      perfectDrawEnabled={false}
    />
  );
}
