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

/**
 * A feature layer's drawing as ONE Konva shape whose painter runs into a cached bitmap
 * (OverlayLayers, as the overlay does): pan and zoom move and stretch the bitmap, and it is
 * painted again, sharp, once the view settles. A new painter (new page, new setting) repaints.
 */
export function CachedShape({ paint, extent, name }: Props) {
  const cache = useRef(new OverlayLayers());
  useEffect(() => () => cache.current.dispose(), []);

  const sceneFunc = useCallback(
    (ctx: Konva.Context, shape: Konva.Shape) => {
      const stage = shape.getStage();
      const layer = shape.getLayer();
      if (!stage || !layer) return;
      const zoom = shape.getAbsoluteScale().x || 1;
      const visible = intersect(visibleWorld({ ...stage.position(), scale: zoom }, stage.size()), extent);
      if (!visible) return;
      const dpr = layer.getCanvas().getPixelRatio();
      cache.current.blit(ctx._context, layer, visible, extent, zoom, dpr, [{ kind: name, paint }]);
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
