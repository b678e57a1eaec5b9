import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type Konva from 'konva';
import { Shape } from './konva.ts';
import { visibleWorld } from '../../model/geometry/coords.ts';
import type { Bounds } from '../../model/index.ts';
import { intersect } from './overlayCache.ts';
import { OverlayLayers } from './overlayLayers.ts';
import type { LayerPaint } from './overlayLayers.ts';

interface Props {
  /** Draws in world coordinates; `zoom` sizes strokes and text (screen px / zoom). */
  paint: LayerPaint;
  /** The world region the painter can draw in (the page, plus anything drawn past its edges). */
  extent: Bounds;
  /** A feature layer's name (the bench and tests find the layer's draws by it). */
  name: string;
}

/** After the last pan/zoom frame, how long before the layer is rasterised again at the new zoom. */
const SETTLE_MS = 120;

/**
 * A feature layer's drawing as ONE Konva shape whose painter runs into a cached bitmap
 * (OverlayLayers, as the overlay does): pan and zoom move and stretch the bitmap, and it is
 * painted again, sharp, once the view settles. A new painter (new page, new setting) repaints.
 */
export function CachedShape({ paint, extent, name }: Props) {
  const cache = useRef(new OverlayLayers());
  const settle = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (settle.current) clearTimeout(settle.current);
    },
    [],
  );

  const sceneFunc = useCallback(
    (ctx: Konva.Context, shape: Konva.Shape) => {
      const stage = shape.getStage();
      const layer = shape.getLayer();
      if (!stage || !layer) return;
      const zoom = shape.getAbsoluteScale().x || 1;
      const visible = intersect(visibleWorld({ ...stage.position(), scale: zoom }, stage.size()), extent);
      if (!visible) return;
      const dpr = layer.getCanvas().getPixelRatio();
      const { raster, stale } = cache.current.draw(visible, extent, zoom, dpr, [{ kind: name, paint }]);
      if (stale) {
        if (settle.current) clearTimeout(settle.current);
        settle.current = setTimeout(() => {
          settle.current = null;
          cache.current.sharpen = true;
          layer.batchDraw();
        }, SETTLE_MS);
      }
      if (raster) {
        const r = raster.rect;
        ctx._context.drawImage(raster.canvas, r.minX, r.minY, r.maxX - r.minX, r.maxY - r.minY);
      }
    },
    [paint, extent, name],
  );

  // Drawn in the commit that mounts it or gets a new painter, not a frame later (see OverlayShape).
  const shape = useRef<Konva.Shape>(null);
  useLayoutEffect(() => {
    shape.current?.getLayer()?.draw();
  }, [paint]);

  return <Shape ref={shape} sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />;
}
