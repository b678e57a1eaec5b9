import type { Page } from '@playwright/test';

/**
 * Opaque pixels of a named Konva layer's canvas (the text-in-place layer is `text-layer`, the
 * reading order `reading-order-layer`): -1 when the layer is not mounted. Konva puts itself on
 * window; each layer has its own canvas, so this counts what that layer alone drew.
 */
export function layerInk(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => {
    type Layer = { getNativeCanvasElement(): HTMLCanvasElement };
    const K = (window as unknown as { Konva: { stages: { findOne(s: string): Layer | undefined }[] } }).Konva;
    const layer = K.stages.map((s) => s.findOne(`.${n}`)).find(Boolean);
    if (!layer) return -1;
    const canvas = layer.getNativeCanvasElement();
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) ink++;
    return ink;
  }, name);
}

/** Whether the page image is drawn (a Konva Image in the stage's first layer, visible). */
export function rasterVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    type Node = { getClassName(): string; visible(): boolean; getChildren(): Node[] };
    const K = (window as unknown as { Konva: { stages: { getLayers(): Node[] }[] } }).Konva;
    const images = K.stages[0]
      .getLayers()[0]
      .getChildren()
      .filter((c) => c.getClassName() === 'Image');
    return images.length > 0 && images.every((i) => i.visible());
  });
}

/** The screen-space box around a named layer's opaque pixels (canvas pixels), or null. */
export function layerInkBox(page: Page, name: string) {
  return page.evaluate((n) => {
    type Layer = { getNativeCanvasElement(): HTMLCanvasElement };
    const K = (window as unknown as { Konva: { stages: { findOne(s: string): Layer | undefined }[] } }).Konva;
    const layer = K.stages.map((s) => s.findOne(`.${n}`)).find(Boolean);
    if (!layer) return null;
    const canvas = layer.getNativeCanvasElement();
    const { width, height } = canvas;
    const data = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
    let [minX, minY, maxX, maxY] = [width, height, -1, -1];
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        if (data[(y * width + x) * 4 + 3] > 0) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
    return maxX < 0 ? null : { width: maxX - minX + 1, height: maxY - minY + 1 };
  }, name);
}
