import type { Raster } from './source.ts';

/** Size of a copy whose longer side is at most `maxSide` px. */
export function scaledSize(src: { width: number; height: number }, maxSide: number) {
  const k = Math.min(1, maxSide / Math.max(src.width, src.height, 1));
  return { width: Math.max(1, Math.round(src.width * k)), height: Math.max(1, Math.round(src.height * k)) };
}

/**
 * A downscaled copy whose longer side is at most `maxSide` px (thumbnails). createImageBitmap
 * resizes off the main thread; a synchronous drawImage of a 300-dpi page took 90 ms on it.
 */
export async function scaledCopy(src: Raster, maxSide: number): Promise<Raster> {
  const { width, height } = scaledSize(src, maxSide);
  return createImageBitmap(src, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
}
