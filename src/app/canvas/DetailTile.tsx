import { useEffect, useState } from 'react';
import { Image as KImage } from './konva.ts';
import type { View } from '../../model/index.ts';
import type { DocSource, PageSize, Raster } from '../loaders/source.ts';
import { RASTER_PIXEL_CAP, visibleRegion } from './rasterScale.ts';
import type { Region } from './rasterScale.ts';

interface Props {
  source: DocSource;
  pageIndex: number;
  natural: PageSize;
  scale: { sx: number; sy: number };
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
export function DetailTile({ source, pageIndex, natural, scale, view, viewport, baseScale }: Props) {
  const [tile, setTile] = useState<{ key: string; image: Raster; region: Region } | null>(null);
  const dpr = devicePixelRatio || 1;
  const wanted = view.scale * scale.sx * dpr;
  const needed = !!source.renderRegion && wanted > baseScale * 1.05;
  const key = `${source.name}:${pageIndex}`;

  useEffect(() => {
    if (!needed || !source.renderRegion) return;
    const timer = setTimeout(() => {
      const region = visibleRegion(view, viewport, natural, scale);
      if (!region) return;
      // The tile is about the viewport's size; the cap only guards against absurd windows.
      const s = Math.min(wanted, Math.sqrt(RASTER_PIXEL_CAP / Math.max(1, region.width * region.height)));
      source.renderRegion!(pageIndex, s, region).then(
        (image) => setTile({ key, image, region }),
        () => {},
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [needed, source, pageIndex, natural, scale, view, viewport, wanted, key]);

  if (!needed || !tile || tile.key !== key) return null;
  const r = tile.region;
  return (
    <KImage
      image={tile.image}
      x={r.x * scale.sx}
      y={r.y * scale.sy}
      width={r.width * scale.sx}
      height={r.height * scale.sy}
      listening={false}
      perfectDrawEnabled={false}
    />
  );
}
