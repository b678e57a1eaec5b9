import Konva from 'konva/lib/Core';
import { stageElement } from '../lib/stageElement.ts';

/**
 * The current view as a PNG (page raster, overlay and marks, as on screen), at `pixelRatio` times
 * the screen size so it stays sharp on a slide. Null when no page is shown.
 */
export function currentViewPng(pixelRatio = 2): Promise<Blob> | null {
  const el = stageElement();
  const stage = Konva.stages.find((s) => !!el && el.contains(s.container()));
  if (!stage) return null;
  return stage.toBlob({ pixelRatio, mimeType: 'image/png' }) as Promise<Blob>;
}
